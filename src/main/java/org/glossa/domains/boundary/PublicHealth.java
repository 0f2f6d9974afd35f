package org.glossa.domains.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.glossa.domains.control.SiteDirectory;

/**
 * The health endpoints ({@code /health}, {@code /health/ready}, {@code /health/live}, served by Payara) as a
 * host name shows them: the overall status and each check's name and status, nothing else. A check's data
 * can carry internal error text (exception messages, host names, SQL); readers and crawlers of a public host have
 * no business with it. Only a request addressed to the node itself (an IP literal or {@code localhost}: where
 * probes and operators look) gets Payara's answer unchanged; every name, configured or not, is public; the owner sees the details of publishing at
 * {@code GET /api/v1/publishing/status}. The HTTP status is never changed: load balancers read it.
 */
@WebFilter(urlPatterns = {"/health", "/health/*"})
public class PublicHealth extends HttpFilter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    @Inject
    Sites sites;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (addressesTheNode(request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = namesAndStatuses(buffered.bytes(), buffered.getStatus())
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store");
        PublicResponses.write(response, buffered.getStatus(), "application/json", body, true);
    }

    /**
     * Whether the request names the node itself (an IP literal or {@code localhost}), as probes and operators do,
     * rather than a host name: a locale site's, or any name a stranger puts in the Host header. Only the node's
     * own address sees the checks' data; a configured site must not turn into one by misconfiguration, so a
     * locale site's host is public even when it is {@code localhost}.
     */
    boolean addressesTheNode(String hostHeader) {
        String host = SiteDirectory.hostName(hostHeader);
        if (host == null
                || sites.directory().locales().stream().anyMatch(s -> s.host().equals(host))) {
            return false;
        }
        return isNodeAddress(host);
    }

    static boolean isNodeAddress(String host) {
        return host.equals("localhost")
                || host.startsWith("[")
                || IPV4.matcher(host).matches();
    }

    /** {@code {"status", "checks": [{"name", "status"}]}} of a MicroProfile Health answer; only a status if unreadable. */
    static JsonObject namesAndStatuses(byte[] health, int httpStatus) {
        String fallback = httpStatus == 200 ? "UP" : "DOWN";
        JsonObject full;
        try (var reader = Json.createReader(new ByteArrayInputStream(health))) {
            full = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Json.createObjectBuilder().add("status", fallback).build();
        }
        JsonObjectBuilder reduced = Json.createObjectBuilder().add("status", statusOf(full, fallback));
        JsonArrayBuilder checks = Json.createArrayBuilder();
        JsonValue listed = full.get("checks");
        if (listed != null && listed.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue check : listed.asJsonArray()) {
                if (check.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject c = check.asJsonObject();
                    checks.add(Json.createObjectBuilder()
                            .add("name", c.getString("name", "?"))
                            .add("status", statusOf(c, "DOWN")));
                }
            }
        }
        return reduced.add("checks", checks).build();
    }

    private static String statusOf(JsonObject o, String fallback) {
        String status = o.getString("status", fallback);
        return status.equals("UP") ? "UP" : "DOWN";
    }

    /** Keeps what the health servlet writes, so it can be rewritten. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {}

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void flushBuffer() {}
    }
}
