package org.glossa.api.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glossa.problem.Problem;

/** A request the API's generic checks refuse before any resource sees it, with the problem to answer. */
public class RefusedRequest extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    RefusedRequest(Problem problem) {
        super(problem.detail(), problem.status());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    static RefusedRequest tooLarge(long maxBytes) {
        String message = "is larger than the limit of " + maxBytes + " bytes";
        return new RefusedRequest(new Problem(
                "/problems/body-too-large",
                "Request body too large",
                413,
                "body: " + message,
                List.of(new Problem.FieldError("body", message))));
    }

    /** More specific than the mapping of JAX-RS's own errors, so the problem is answered as it is. */
    @Provider
    public static class Mapper implements ExceptionMapper<RefusedRequest> {
        @Override
        public Response toResponse(RefusedRequest e) {
            return e.problem().toResponse();
        }
    }
}
