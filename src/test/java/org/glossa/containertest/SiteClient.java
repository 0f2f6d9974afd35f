package org.glossa.containertest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Requests a configured site's URL from the local container: connects to 127.0.0.1 on the container's
 * port and sends the URL's host as the Host header, the way a reverse proxy forwards a reader's request.
 * Redirects are not followed, so tests see them.
 */
public final class SiteClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public SiteClient(URI containerBase) {
        this.port = containerBase.getPort();
    }

    /** GET a configured site URL, e.g. {@code https://beispiel.example.de/blog}. */
    public HttpResponse<String> get(String siteUrl) {
        URI uri = URI.create(siteUrl);
        return get(uri.getHost(), uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(), Map.of());
    }

    /** GET a raw path with an arbitrary Host header (which may be hostile). */
    public HttpResponse<String> get(String hostHeader, String rawPath, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                .timeout(Duration.ofSeconds(30)).header("Host", hostHeader).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST JSON to a path on the container itself (the API). */
    public HttpResponse<String> postJson(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a path on the container itself (health, metrics). */
    public HttpResponse<String> local(String path) {
        return get("localhost:" + port, path, Map.of());
    }
}
