package org.glossa.content.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.text.Normalizer;
import org.glossa.api.boundary.Problem;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.content.control.SlugPolicy;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * Slugs as the locale's policy makes them: suggests one for a title, or checks one an author typed, so an
 * editor shows the permalink before anything is saved. Invalid input is a 400 naming the field.
 */
@Path("slugs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SlugsResource {

    /** Either {@code title} (to suggest) or {@code slug} (to check). */
    public record SlugRequest(String locale, String title, String slug) {
    }

    public record SlugView(String locale, String slug, String pathSegment) {
    }

    @POST
    public Object check(SlugRequest request) {
        if (request == null) {
            return Problem.invalidField("body", "a JSON object with locale and title or slug is required").toResponse();
        }
        if (request.locale() == null || request.locale().isBlank()) {
            return Problem.invalidField("locale", "is required").toResponse();
        }
        LocaleDefinition locale = LocaleCatalog.standard().get(request.locale());
        String slug;
        if (request.slug() != null) {
            slug = Normalizer.normalize(request.slug(), Normalizer.Form.NFC);
            SlugPolicy.validate(slug, locale);
        } else if (request.title() != null && !request.title().isBlank()) {
            try {
                slug = SlugPolicy.slugify(request.title(), locale);
            } catch (InvalidSlugException e) {
                return Problem.invalidField("title", e.reason()).toResponse();
            }
        } else {
            return Problem.invalidField("title", "give a title to derive a slug from, or a slug to check").toResponse();
        }
        return new SlugView(locale.tag(), slug, SlugPolicy.encodePathSegment(slug));
    }
}
