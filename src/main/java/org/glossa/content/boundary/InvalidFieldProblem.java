package org.glossa.content.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glossa.content.control.InvalidFieldException;
import org.glossa.problem.Problem;

/** An item's input that cannot be stored is a 400 naming the field, the same document as other invalid input. */
@Provider
public class InvalidFieldProblem implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException e) {
        return new Problem(
                        "/problems/invalid",
                        "Invalid input",
                        400,
                        e.getMessage(),
                        List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .toResponse();
    }
}
