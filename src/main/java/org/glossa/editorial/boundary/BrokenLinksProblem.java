package org.glossa.editorial.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.glossa.editorial.control.BrokenLinksException;
import org.glossa.problem.Problem;

/**
 * The problem document of a body whose internal links lead to no live page: a {@link Problem} (400, one error on
 * {@code body} per broken link) with the links themselves as an extension member, for a client to mark them.
 */
@Schema(name = "BrokenLinksProblem", description = "A body with internal links that lead to no live page")
public record BrokenLinksProblem(
        String type, String title, int status, String detail, List<Problem.FieldError> errors, List<Link> links) {

    /**
     * @param href       the link as written in the body
     * @param reason     why it leads nowhere
     * @param suggestion the current URL of the item it meant, live in the text's own locale, if there is one
     */
    @Schema(name = "BrokenLink")
    public record Link(String href, String reason, String suggestion) {}

    static BrokenLinksProblem of(BrokenLinksException e) {
        return new BrokenLinksProblem(
                "/problems/broken-links",
                "Broken links",
                400,
                e.field() + ": " + e.getMessage(),
                e.links().stream()
                        .map(l -> new Problem.FieldError(e.field(), l.describe()))
                        .toList(),
                e.links().stream()
                        .map(l -> new Link(l.href(), l.reason(), l.suggestion()))
                        .toList());
    }

    Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
