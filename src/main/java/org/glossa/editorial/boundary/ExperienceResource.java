package org.glossa.editorial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.glossa.content.boundary.Items;
import org.glossa.content.boundary.JsonBodyLimit;
import org.glossa.content.control.ExperienceFacts;
import org.glossa.content.entity.Experience;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.SourceText;

/** Experience entries' translations (their translatable fields: role title, location, description). */
@Path(ExperienceResource.PATH)
@RolesAllowed({"owner", "translator"})
public class ExperienceResource extends TranslatableItemsResource {

    static final String PATH = "experience";

    @Inject
    Items items;

    /** A new entry: facts plus the source-locale text (role title, location, description as body). */
    public record NewEntry(
            String sourceLocale,
            String organisation,
            String employmentType,
            String workplace,
            String start,
            String end,
            Integer sortOrder,
            String title,
            String location,
            String body,
            String slug) {}

    /**
     * The inherited list, declared again only so that Payara's OpenAPI generator lists it: it leaves out a
     * resource method inherited at the root of an abstract resource.
     */
    @GET
    @Override
    public List<TranslationView> list(
            @QueryParam("status") String status,
            @QueryParam("locale") String locale,
            @QueryParam("outdated") Boolean outdated,
            @QueryParam("page") Integer page) {
        return super.list(status, locale, outdated, page);
    }

    @Override
    protected ItemKind kind() {
        return ItemKind.EXPERIENCE;
    }

    @Override
    protected String path() {
        return PATH;
    }

    @POST
    @RolesAllowed("owner")
    @JsonBodyLimit(JsonBodyLimit.TRANSLATION_TEXT)
    public Response create(NewEntry input) {
        if (input == null) {
            throw EditorialException.invalid("body", "a JSON object describing the role is required");
        }
        Instant now = Instant.now();
        SourceText source = SourceText.checked(
                viewer(),
                kind(),
                input.sourceLocale(),
                new TranslatableText(input.title(), input.slug(), null, input.body(), input.location()));
        ExperienceFacts facts = ExperienceFacts.read(
                input.organisation(),
                input.employmentType(),
                input.workplace(),
                input.start(),
                input.end(),
                input.sortOrder());
        Experience created = workflow.begin(source, () -> items.createExperience(source.locale(), facts, now), now);
        return Response.created(URI.create("/api/v1/experience/" + created.id()))
                .entity(item(created.id()))
                .build();
    }
}
