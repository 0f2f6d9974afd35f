package org.glossa.containertest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on 127.0.0.1 that a test can break like a network: {@link #cut()} closes every forwarded
 * connection and stops listening, so new connections are refused; {@link #restore()} listens again on the same
 * port. Used to put a real database outage between the application and PostgreSQL.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    private TcpProxy(InetSocketAddress target, ServerSocket first) {
        this.target = target;
        this.port = first.getLocalPort();
        listen(first);
    }

    /** Forwards a free local port to {@code host:port}. */
    public static TcpProxy to(String host, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new TcpProxy(new InetSocketAddress(host, port), server);
    }

    public int port() {
        return port;
    }

    /** Every open connection is closed at once; new ones are refused until {@link #restore()}. */
    public synchronized void cut() throws IOException {
        ServerSocket server = listening;
        listening = null;
        if (server != null) {
            server.close();
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Accepts connections on the same port again. */
    public synchronized void restore() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(server);
    }

    private void listen(ServerSocket server) {
        listening = server;
        Thread acceptor = new Thread(() -> accept(server), "proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 5000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            open.add(client);
            open.add(upstream);
            if (listening != server) {
                // cut while this one was being connected
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            pipe(client, upstream);
            pipe(upstream, client);
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException closed) {
                        // either side went away
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "proxy-pipe-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
