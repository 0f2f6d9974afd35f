package org.glossa.content.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glossa.problem.Problem;

/** An upload over the limit, found while the request body was read or when the file part was. */
public class UploadTooLargeException extends ClientErrorException {

    private static final long serialVersionUID = 1L;

    private final int maxBytes;

    public UploadTooLargeException(int maxBytes) {
        super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        this.maxBytes = maxBytes;
    }

    public Problem problem() {
        String message = "is larger than the limit of " + maxBytes + " bytes";
        return new Problem(
                "/problems/upload-too-large",
                "Upload too large",
                413,
                "file: " + message,
                List.of(new Problem.FieldError("file", message)));
    }

    /** A 413 problem naming the file, more specific than the generic mapping of JAX-RS errors. */
    @Provider
    public static class Mapper implements ExceptionMapper<UploadTooLargeException> {
        @Override
        public Response toResponse(UploadTooLargeException e) {
            return e.problem().toResponse();
        }
    }
}
