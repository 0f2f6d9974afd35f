package org.glossa.content.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.glossa.problem.Problem;

/**
 * Reads a {@link SmallJsonBody} request body into memory, at most {@value #MAX_BYTES} bytes, and refuses a
 * longer one with a 413 naming {@code body}: at once when Content-Length says so, else at the first byte past
 * the limit, and in either case before the JSON parser sees any of it.
 */
@Provider
@SmallJsonBody
public class SmallJsonBodyLimit implements ReaderInterceptor {

    /** Ample for a locale, a title of the longest allowed length in any script, and a slug. */
    public static final int MAX_BYTES = 16 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.strip().length() > 0 && isOver(declared.strip())) {
            throw tooLarge();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return contentLength.chars().allMatch(Character::isDigit);
        }
    }

    private static BodyTooLargeException tooLarge() {
        return new BodyTooLargeException();
    }

    /** A small JSON body over the limit. */
    public static class BodyTooLargeException extends ClientErrorException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** A 413 problem naming the body, more specific than the generic mapping of JAX-RS errors. */
    @Provider
    public static class Mapper implements ExceptionMapper<BodyTooLargeException> {
        @Override
        public Response toResponse(BodyTooLargeException e) {
            String message = "is larger than the limit of " + MAX_BYTES + " bytes";
            return new Problem(
                            "/problems/body-too-large",
                            "Request body too large",
                            413,
                            "body: " + message,
                            List.of(new Problem.FieldError("body", message)))
                    .toResponse();
        }
    }
}
