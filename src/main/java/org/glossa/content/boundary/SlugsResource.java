package org.glossa.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.content.control.SlugPolicy;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.TypedText;
import org.glossa.problem.Problem;
import org.glossa.security.entity.Role;

/**
 * Slugs as the locale's policy makes them: suggests one for a title, or checks one an author typed, so an
 * editor shows the permalink before anything is saved. Invalid input is a 400 naming the field.
 *
 * <p>For people signed in (any role): it serves the editor, and transliteration is real work, which no
 * anonymous caller should be able to ask for in bulk. The body is small by nature and capped; a title longer than
 * any item may have is refused before it is normalised or transliterated.
 */
@Path("slugs")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.TRANSLATOR})
@SecurityRequirement(name = "basic")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Slugs", description = "Permalink slugs made and checked with each locale's rules")
public class SlugsResource {

    /** The longest title an item may have, in code points; the editorial rules refuse longer ones too. */
    public static final int MAX_TITLE = 300;

    /** Either {@code title} (to suggest) or {@code slug} (to check). */
    public record SlugRequest(String locale, String title, String slug) {}

    @Schema(name = "SlugView", description = "A slug and its URL path segment")
    public record SlugView(String locale, String slug, String pathSegment) {}

    @POST
    @JsonBodyLimit(JsonBodyLimit.SHORT_FIELDS)
    @Operation(
            summary = "Suggest a slug for a title, or check a slug",
            description = "Give locale and title to get the slug the locale's policy makes from it, or locale and "
                    + "slug to check one an author typed (it comes back in NFC). pathSegment is the slug as it "
                    + "appears in a URL, percent-encoded where the script needs it. Needs sign-in (any role); the "
                    + "title is at most " + MAX_TITLE + " characters, the body at most "
                    + JsonBodyLimit.SHORT_FIELDS + " bytes.")
    @APIResponse(
            responseCode = "200",
            description = "The slug and its URL path segment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlugView")))
    @APIResponse(
            responseCode = "400",
            description = "An unknown locale, a slug the policy refuses, a title no slug "
                    + "can be made from, or a body that is not the expected JSON; the problem names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "413",
            description = "The body is larger than " + JsonBodyLimit.SHORT_FIELDS + " bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Object check(SlugRequest request) {
        if (request == null) {
            return Problem.invalidField("body", "a JSON object with locale and title or slug is required")
                    .toResponse();
        }
        if (request.locale() == null || request.locale().isBlank()) {
            return Problem.invalidField("locale", "is required").toResponse();
        }
        LocaleDefinition locale = LocaleCatalog.standard().get(request.locale());
        String slug;
        if (request.slug() != null) {
            slug = TypedText.singleLine("slug", request.slug());
            SlugPolicy.validate(slug, locale);
        } else if (request.title() != null && !request.title().isBlank()) {
            // Counted as sent, before any normalisation: NFKC and transliteration are the costly part.
            if (request.title().codePointCount(0, request.title().length()) > MAX_TITLE) {
                return Problem.invalidField("title", "at most " + MAX_TITLE + " characters")
                        .toResponse();
            }
            try {
                slug = SlugPolicy.slugify(TypedText.singleLine("title", request.title()), locale);
            } catch (InvalidSlugException e) {
                return Problem.invalidField("title", e.reason()).toResponse();
            }
        } else {
            return Problem.invalidField("title", "give a title to derive a slug from, or a slug to check")
                    .toResponse();
        }
        return new SlugView(locale.tag(), slug, SlugPolicy.encodePathSegment(slug));
    }
}
