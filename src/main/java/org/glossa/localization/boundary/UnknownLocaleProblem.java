package org.glossa.localization.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glossa.localization.control.UnknownLocaleException;
import org.glossa.problem.Problem;

/** A locale tag outside the 17 is a 400 naming the field {@code locale}. */
@Provider
public class UnknownLocaleProblem implements ExceptionMapper<UnknownLocaleException> {

    @Override
    public Response toResponse(UnknownLocaleException e) {
        return Problem.invalidField("locale", "not one of the 17 supported locales")
                .toResponse();
    }
}
