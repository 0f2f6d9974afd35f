package org.glossa.content.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.problem.Problem;

/** A slug that cannot go live is a 400 naming the field {@code slug} and the reason. */
@Provider
public class InvalidSlugProblem implements ExceptionMapper<InvalidSlugException> {

    @Override
    public Response toResponse(InvalidSlugException e) {
        return Problem.invalidField("slug", e.reason()).toResponse();
    }
}
