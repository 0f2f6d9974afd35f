package org.glossa.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document.
 *
 * @param type   a URI naming the kind of problem (relative, resolved against the API)
 * @param title  short, human-readable summary of the kind
 * @param status HTTP status
 * @param detail what went wrong this time
 * @param errors the fields at fault, each with its message (empty when no field is to blame)
 */
@Schema(name = "Problem", description = "RFC 9457 problem document naming the fields at fault")
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "A field at fault and what is wrong with it")
    public record FieldError(String field, String message) {}

    public static Problem invalidField(String field, String message) {
        return new Problem(
                "/problems/invalid-field",
                "Invalid input",
                400,
                field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** A 400 naming every field at fault. */
    public static Problem invalidFields(List<FieldError> errors) {
        if (errors.size() == 1) {
            return invalidField(errors.get(0).field(), errors.get(0).message());
        }
        String detail = String.join(
                "; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new Problem("/problems/invalid-field", "Invalid input", 400, detail, List.copyOf(errors));
    }

    /** A 409: the value of {@code field} clashes with something that already exists. */
    public static Problem conflict(String field, String message) {
        return new Problem(
                "/problems/conflict", "Conflict", 409, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
