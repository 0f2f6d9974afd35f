package org.glossa.editorial.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.glossa.editorial.control.BrokenLinksException;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.QualityCheckException;
import org.glossa.problem.Problem;

/** Workflow refusals as problem documents with the status their kind calls for. */
@Provider
public class EditorialProblems implements ExceptionMapper<EditorialException> {

    @Override
    public Response toResponse(EditorialException e) {
        if (e instanceof QualityCheckException refused) {
            return QualityProblem.of(refused).toResponse();
        }
        if (e instanceof BrokenLinksException broken) {
            return BrokenLinksProblem.of(broken).toResponse();
        }
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case PRECONDITION_REQUIRED -> 428;
        };
        String title = switch (e.kind()) {
            case INVALID -> "Invalid input";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case PRECONDITION_FAILED -> "Precondition failed";
            case PRECONDITION_REQUIRED -> "Precondition required";
        };
        List<Problem.FieldError> errors =
                e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return new Problem(
                        "/problems/" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        title,
                        status,
                        e.getMessage(),
                        errors)
                .toResponse();
    }
}
