package org.glossa.api.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.problem.Problem;

/**
 * Every state-changing API call (POST, PUT, PATCH, DELETE) must say it sends JSON ({@code Content-Type:
 * application/json}), or a multipart form where the operation takes one (media upload); anything else, and no
 * Content-Type at all, is a 415 before the operation runs.
 *
 * <p>Why: a browser sends a cross-site {@code POST} without asking the server first (no CORS preflight) only when
 * its Content-Type is {@code text/plain}, {@code application/x-www-form-urlencoded} or {@code multipart/form-data},
 * or when it has none, and it attaches the HTTP Basic credentials it holds. JAX-RS matches a request without a
 * Content-Type to any {@code @Consumes}, so such a request used to reach {@code approve} or {@code unpublish}.
 * {@code application/json} always needs a preflight, which this API never grants. Multipart is accepted only by
 * the operation that declares it. Actions without input ({@code submit}, {@code publish}, {@code unpublish},
 * {@code archive}, dead-letter {@code retry}) take the same header with an empty body or {@code {}}.
 */
@Provider
public class JsonOnlyWrites implements ContainerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> ACCEPTABLE =
            List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.MULTIPART_FORM_DATA_TYPE);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        List<MediaType> accepted = accepted(resource.getResourceMethod(), resource.getResourceClass());
        String declared = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (declared == null || accepted.stream().noneMatch(type -> sameType(type, declared))) {
            String names = String.join(
                    " or ",
                    accepted.stream()
                            .map(type -> type.getType() + "/" + type.getSubtype())
                            .toList());
            String message = declared == null
                    ? "is required: send " + names + " (an action without input takes an empty body or {})"
                    : "must be " + names;
            request.abortWith(new Problem(
                            "/problems/unsupported-media-type",
                            "Unsupported media type",
                            415,
                            HttpHeaders.CONTENT_TYPE + ": " + message,
                            List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, message)))
                    .toResponse());
        }
    }

    /** What the operation declares it consumes, of JSON and multipart forms; JSON when it declares neither. */
    static List<MediaType> accepted(Method method, Class<?> resourceClass) {
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        if (consumes == null && method != null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes == null && resourceClass != null) {
            consumes = resourceClass.getAnnotation(Consumes.class);
        }
        List<MediaType> declared = consumes == null
                ? List.of()
                : Stream.of(consumes.value())
                        .flatMap(value -> Stream.of(value.split(",")))
                        .map(JsonOnlyWrites::typeAndSubtype)
                        .filter(type -> type != null && ACCEPTABLE.stream().anyMatch(a -> sameType(a, type)))
                        .toList();
        return declared.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : declared;
    }

    static boolean sameType(MediaType expected, String contentType) {
        MediaType actual = typeAndSubtype(contentType);
        return actual != null && sameType(expected, actual);
    }

    /** {@code type/subtype} of a media type, parameters left out; {@code null} when it has no such form. */
    private static MediaType typeAndSubtype(String mediaType) {
        String essence = mediaType.split(";", 2)[0].strip();
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1 || essence.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        return new MediaType(essence.substring(0, slash), essence.substring(slash + 1));
    }

    private static boolean sameType(MediaType expected, MediaType actual) {
        return !actual.isWildcardType()
                && !actual.isWildcardSubtype()
                && expected.getType().equalsIgnoreCase(actual.getType())
                && expected.getSubtype().equalsIgnoreCase(actual.getSubtype());
    }
}
