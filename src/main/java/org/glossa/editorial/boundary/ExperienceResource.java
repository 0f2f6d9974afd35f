package org.glossa.editorial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    ContentConsole console;

    /**
     * A role's language-neutral facts, as read and as edited: {@code version} is the one read, as the edit is refused
     * (412) when the entry changed since; {@code end} null or empty while the role continues.
     */
    public record EntryFacts(
            Integer version,
            String organisation,
            String employmentType,
            String workplace,
            String start,
            String end,
            Integer sortOrder) {}

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
    @Operation(summary = "Translations of experience entries, most recently changed first", description = LIST)
    @APIResponse(
            responseCode = "200",
            description = "A page of translations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TranslationView.class)),
            headers = @Header(name = "Link", description = NEXT))
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("locale") String locale,
            @QueryParam("outdated") Boolean outdated,
            @QueryParam("page") Integer page,
            @QueryParam("after") String after) {
        return super.list(status, locale, outdated, page, after);
    }

    @GET
    @Path("{id}/facts")
    @RolesAllowed("owner")
    @Operation(summary = "A role's language-neutral facts: organisation, kind of work, months, order, version")
    public EntryFacts facts(@PathParam("id") long id) {
        positive(id, "id");
        ContentConsole.RoleFacts f = console.role(viewer(), id);
        return new EntryFacts(
                f.version(),
                f.organisation(),
                f.employmentType().name(),
                f.workplace().name(),
                f.start().toString(),
                f.endOrNull() == null ? null : f.endOrNull().toString(),
                f.sortOrder());
    }

    @PUT
    @Path("{id}/facts")
    @RolesAllowed("owner")
    @JsonBodyLimit(JsonBodyLimit.TRANSLATION_TEXT)
    @Operation(
            summary = "Edit a role's language-neutral facts",
            description = "Replaces organisation, employmentType, workplace, start, end (null while the role"
                    + " continues) and sortOrder. 'version' is the one GET .../facts returned: an edit based on"
                    + " another is refused with 412. The pages where the role is live are regenerated.")
    public EntryFacts reviseFacts(@PathParam("id") long id, EntryFacts input) {
        positive(id, "id");
        if (input == null || input.version() == null) {
            throw EditorialException.invalid("version", "the version read from GET .../facts is required");
        }
        ExperienceFacts facts = ExperienceFacts.read(
                input.organisation(),
                input.employmentType(),
                input.workplace(),
                input.start(),
                input.end(),
                input.sortOrder());
        console.reviseRole(viewer(), id, input.version(), facts, Instant.now());
        return facts(id);
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
