package org.glossa.containertest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Requests a configured site's URL from the local container: connects to 127.0.0.1 on the container's
 * port and sends the URL's host as the Host header, the way a reverse proxy forwards a reader's request.
 * Redirects are not followed, so tests see them.
 */
public final class SiteClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
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
                .timeout(Duration.ofSeconds(30))
                .header("Host", hostHeader)
                .GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** POST JSON to a path on the container itself (the API). */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** GET an API path signed in with HTTP Basic. */
    public HttpResponse<String> getAs(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(username, password))
                .GET()
                .build());
    }

    /** POST JSON to an API path signed in with HTTP Basic. */
    public HttpResponse<String> postJsonAs(String path, String json, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(username, password))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** POST a multipart form to an API path, signed in with HTTP Basic unless {@code username} is null. */
    public HttpResponse<String> postMultipartAs(String path, MultipartForm form, String username, String password) {
        return send(multipart(path, form, username, password, HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** The same, but sent chunked, without a Content-Length, as a client streaming an upload does. */
    public HttpResponse<String> postMultipartChunkedAs(
            String path, MultipartForm form, String username, String password) {
        byte[] body = form.bytes();
        return send(multipart(
                path,
                form,
                username,
                password,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private HttpRequest multipart(
            String path, MultipartForm form, String username, String password, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", form.contentType())
                .POST(body);
        if (username != null) {
            request.header("Authorization", basic(username, password));
        }
        return request.build();
    }

    /** An HTTP Basic {@code Authorization} header value (RFC 7617, UTF-8). */
    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
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
