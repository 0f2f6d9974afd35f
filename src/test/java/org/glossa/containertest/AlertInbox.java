package org.glossa.containertest;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The alert webhook's receiving end: arquillian.xml points {@code glossa.alert.webhook} at
 * {@code http://127.0.0.1:<glossa.it.alertPort>/alerts} (a port per test JVM, so that parallel forks never hear each
 * other's alerts), and this keeps every JSON payload posted there, in order.
 */
public final class AlertInbox implements AutoCloseable {

    private static final int PORT = Integer.getInteger("glossa.it.alertPort", 18765);

    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private AlertInbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/alerts", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                        .readObject());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public static AlertInbox open() throws IOException {
        return new AlertInbox();
    }

    public List<JsonObject> received() {
        return received;
    }

    /** The first alert of this event about this locale, if one came. */
    public Optional<JsonObject> first(String event, String locale) {
        return received.stream()
                .filter(a -> a.getString("event").equals(event)
                        && a.getString("locale").equals(locale))
                .findFirst();
    }

    /** The events announced about a locale, in the order they came. */
    public List<String> events(String locale) {
        return received.stream()
                .filter(a -> a.getString("locale").equals(locale))
                .map(a -> a.getString("event"))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
