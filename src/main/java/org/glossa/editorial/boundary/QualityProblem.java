package org.glossa.editorial.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.glossa.editorial.control.Finding;
import org.glossa.editorial.control.QualityCheckException;
import org.glossa.problem.Problem;

/**
 * The problem document of a submission the quality checks refused: a {@link Problem} (400, one error per error
 * finding, naming its field), with the findings themselves (errors and warnings) and the broken links as extension
 * members. When broken links are the only errors it keeps the type {@code /problems/broken-links} that submissions
 * have always been refused with for them, in the shape of {@link BrokenLinksProblem} (which it extends by
 * {@code findings}); otherwise its type is {@code /problems/quality-checks}.
 */
@Schema(name = "QualityProblem", description = "A submission refused by the quality checks, naming each field")
public record QualityProblem(
        String type,
        String title,
        int status,
        String detail,
        List<Problem.FieldError> errors,
        List<BrokenLinksProblem.Link> links,
        List<FindingView> findings) {

    static QualityProblem of(QualityCheckException e) {
        boolean onlyLinks = e.errors().stream().allMatch(f -> f.code() == Finding.Code.BROKEN_LINK);
        return new QualityProblem(
                onlyLinks ? "/problems/broken-links" : "/problems/quality-checks",
                onlyLinks ? "Broken links" : "Quality checks failed",
                400,
                e.getMessage(),
                e.errors().stream()
                        .map(f -> new Problem.FieldError(f.field(), f.message()))
                        .toList(),
                e.brokenLinks().stream()
                        .map(l -> new BrokenLinksProblem.Link(l.href(), l.reason(), l.suggestion()))
                        .toList(),
                FindingView.of(e.findings()));
    }

    Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
