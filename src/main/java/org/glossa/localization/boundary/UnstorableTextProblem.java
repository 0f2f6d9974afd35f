package org.glossa.localization.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glossa.localization.control.UnstorableTextException;
import org.glossa.problem.Problem;

/** Text that cannot be stored (NUL, a lone surrogate) is a 400 naming the field. */
@Provider
public class UnstorableTextProblem implements ExceptionMapper<UnstorableTextException> {

    @Override
    public Response toResponse(UnstorableTextException e) {
        return Problem.invalidField(e.field(), e.reason()).toResponse();
    }
}
