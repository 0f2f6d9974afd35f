package org.glossa.serving.boundary;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public listener: a port of its own ({@code GLOSSA_PUBLIC_PORT}, off when unset) that serves the public hosts
 * (pages, stored documents, the key file, former bases' redirects) exactly as the servlet container's port does, from
 * the same {@link PublicAnswers}, without the container's per-request pipeline. An answer in memory is written on the
 * event loop that read the request; one that needs the database or a render is made on the managed executor and
 * written when ready, the connection's later requests waiting in order behind it. The back office, the API and the
 * health endpoints stay on the container's port.
 */
@ApplicationScoped
public class PublicListener {

    private static final Logger LOG = Logger.getLogger(PublicListener.class.getName());

    /** Longest request line and header block accepted (as the container's defaults); longer ones are refused. */
    static final int MAX_LINE_BYTES = 8192;

    static final int MAX_HEADER_BYTES = 8192;

    /** A keep-alive connection idle this long is closed. */
    static final int IDLE_SECONDS = 65;

    @Inject
    @ConfigProperty(name = "glossa.public-port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "glossa.public-address", defaultValue = "0.0.0.0")
    String address;

    @Inject
    PublicAnswers answers;

    @Resource
    ManagedExecutorService executor;

    private EventLoopGroup loops;
    private Channel server;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) throws InterruptedException {
        if (port.isEmpty() || port.get() == 0) {
            return;
        }
        if (port.get() < 1 || port.get() > 65535) {
            throw new IllegalStateException(
                    "glossa.public-port (GLOSSA_PUBLIC_PORT) must be a port between 1 and 65535; got " + port.get());
        }
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channel = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        int threads = Runtime.getRuntime().availableProcessors();
        loops = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("glossa-public", true), io);
        try {
            server = new ServerBootstrap()
                    .group(loops)
                    .channel(channel)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new HttpServerCodec(MAX_LINE_BYTES, MAX_HEADER_BYTES, 8192))
                                    .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                                    .addLast(new PublicConnection(answers, executor));
                        }
                    })
                    .bind(new InetSocketAddress(address, port.get()))
                    .sync()
                    .channel();
        } catch (RuntimeException | InterruptedException e) {
            loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IllegalStateException(
                    "The public listener cannot listen on " + address + ":" + port.get()
                            + " (GLOSSA_PUBLIC_PORT, GLOSSA_PUBLIC_ADDRESS): " + e.getMessage(),
                    e);
        }
        LOG.info(() -> "Public listener on " + address + ":" + port.get() + " (" + threads + " event loops, "
                + (epoll ? "epoll" : "NIO") + ")");
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        if (loops != null) {
            loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
