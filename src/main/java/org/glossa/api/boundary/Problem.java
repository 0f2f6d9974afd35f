package org.glossa.api.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param type   a URI naming the kind of problem (relative, resolved against the API)
 * @param title  short, human-readable summary of the kind
 * @param status HTTP status
 * @param detail what went wrong this time
 * @param errors the fields at fault, each with its message (empty when no field is to blame)
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem invalidField(String field, String message) {
        return new Problem("/problems/invalid-field", "Invalid input", 400, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
