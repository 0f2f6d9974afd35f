package org.glossa.api.boundary;

import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.glossa.content.boundary.JsonBodyLimit;
import org.glossa.problem.Problem;

/**
 * Every JSON request body, in one place, before JSON-B reads it: at most 1 MiB, or what the operation's
 * {@link JsonBodyLimit} says, refused with 413 at once when its Content-Length says so and
 * otherwise (chunked) at the first byte past the limit; then UTF-8, JSON, nested at most
 * {@value JsonShape#MAX_DEPTH} deep, and of the shape the operation reads ({@link JsonShape}), each refusal a 400
 * naming the field. Multipart uploads keep their own limit ({@code content.boundary.RequestBodyLimit}).
 *
 * <p>An empty body is no input, read as JSON {@code null}: each operation says whether it needs some (actions such
 * as {@code approve} take an empty body or {@code {}} alike). A body within the limit is read into memory once and
 * handed on: that is what lets a wrong type be reported against its field, and the limit bounds what it costs.
 */
@Provider
public class JsonBodies implements ContainerRequestFilter, ReaderInterceptor {

    static final int MAX_BYTES = 1024 * 1024;
    private static final String LIMIT = JsonBodies.class.getName() + ".limit";
    private static final byte[] NO_INPUT = "null".getBytes(StandardCharsets.US_ASCII);

    @Context
    ResourceInfo resource;

    /** Refuses a declared length over the operation's limit before anything is read, and notes the limit. */
    @Override
    public void filter(ContainerRequestContext request) {
        int max = limit(resource.getResourceMethod());
        request.setProperty(LIMIT, max);
        if (isMultipart(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return;
        }
        if (!request.hasEntity()) {
            // No body is no input, as JSON null: JSON-B would refuse an empty document.
            request.setEntityStream(new ByteArrayInputStream(NO_INPUT));
            return;
        }
        String contentLength = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && isOver(contentLength.strip(), max)) {
            request.abortWith(RefusedRequest.tooLarge(max).problem().toResponse());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isMultipart(context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))) {
            return context.proceed();
        }
        int max = context.getProperty(LIMIT) instanceof Integer limit ? limit : MAX_BYTES;
        byte[] body = readAtMost(context.getInputStream(), max);
        if (blank(body)) {
            context.setInputStream(new ByteArrayInputStream(NO_INPUT));
            return context.proceed(); // no input: the operation says whether it needs some
        }
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue json;
        try {
            json = JsonShape.parse(body);
        } catch (JsonShape.Unreadable e) {
            throw malformed(e.getMessage());
        }
        List<Problem.FieldError> problems = JsonShape.problems(context.getType(), json);
        if (!problems.isEmpty()) {
            throw new RefusedRequest(Problem.invalidFields(problems));
        }
        return context.proceed();
    }

    static int limit(Method method) {
        JsonBodyLimit limit = method == null ? null : method.getAnnotation(JsonBodyLimit.class);
        return limit == null ? MAX_BYTES : limit.value();
    }

    /** Only JSON's whitespace: space, tab, line feed, carriage return. */
    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max);
        if (body.length == max && in.read() >= 0) {
            throw RefusedRequest.tooLarge(max);
        }
        return body;
    }

    private static RefusedRequest malformed(String message) {
        return new RefusedRequest(new Problem(
                "/problems/malformed-json",
                "Malformed JSON",
                400,
                "body: " + message,
                List.of(new Problem.FieldError("body", message))));
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isOver(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength) > max;
        } catch (NumberFormatException e) {
            return !contentLength.isEmpty() && contentLength.chars().allMatch(Character::isDigit);
        }
    }
}
