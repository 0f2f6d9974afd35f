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
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.glossa.content.boundary.Items;
import org.glossa.content.boundary.JsonBodyLimit;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Post;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.SourceText;

/** Blog posts and their translations. */
@Path(PostsResource.PATH)
@RolesAllowed({"owner", "translator"})
public class PostsResource extends TranslatableItemsResource {

    static final String PATH = "posts";

    @Inject
    Items items;

    @Inject
    ContentConsole console;

    /**
     * A post's language-neutral facts: its cover image (a media id from {@code POST /media}, or null for none) and
     * the cover's text alternatives by locale (the source locale's is the image's own; an empty text removes one).
     * {@code version} is the one read, as the edit is refused (412) when the post changed since.
     */
    public record PostFacts(Integer version, Long coverMediaId, Map<String, String> altTexts) {}

    /** A new post: its source locale and the source text. */
    public record NewPost(String sourceLocale, String title, String summary, String body, String slug) {}

    /**
     * The inherited list, declared again only so that Payara's OpenAPI generator lists it: it leaves out a
     * resource method inherited at the root of an abstract resource.
     */
    @GET
    @Override
    @Operation(summary = "Translations of posts, most recently changed first", description = LIST)
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
    @Operation(summary = "A post's language-neutral facts: cover image, its text alternatives, version")
    public PostFacts facts(@PathParam("id") long id) {
        positive(id, "id");
        ContentConsole.PostFacts facts = console.post(viewer(), id);
        Map<String, String> alts = new TreeMap<>(facts.altTexts());
        if (facts.coverId() != null) {
            alts.put(facts.sourceLocale(), facts.sourceAlt());
        }
        return new PostFacts(facts.version(), facts.coverId(), alts);
    }

    @PUT
    @Path("{id}/facts")
    @RolesAllowed("owner")
    @JsonBodyLimit(JsonBodyLimit.TRANSLATION_TEXT)
    @Operation(
            summary = "Edit a post's language-neutral facts",
            description = "Replaces the cover (coverMediaId, null for none) and sets the cover's text alternatives"
                    + " per locale (an empty text removes one). 'version' is the one GET .../facts returned: an edit"
                    + " based on another is refused with 412. The pages where the post is live are regenerated.")
    public PostFacts reviseFacts(@PathParam("id") long id, PostFacts input) {
        positive(id, "id");
        if (input == null || input.version() == null) {
            throw EditorialException.invalid("version", "the version read from GET .../facts is required");
        }
        console.revisePost(viewer(), id, input.version(), input.coverMediaId(), input.altTexts(), Instant.now());
        return facts(id);
    }

    @Override
    protected ItemKind kind() {
        return ItemKind.POST;
    }

    @Override
    protected String path() {
        return PATH;
    }

    @POST
    @RolesAllowed("owner")
    @JsonBodyLimit(JsonBodyLimit.TRANSLATION_TEXT)
    public Response create(NewPost input) {
        if (input == null) {
            throw EditorialException.invalid(
                    "body", "a JSON object with sourceLocale, title, summary and body is required");
        }
        Instant now = Instant.now();
        SourceText source = SourceText.checked(
                viewer(),
                kind(),
                input.sourceLocale(),
                new TranslatableText(input.title(), input.slug(), input.summary(), input.body(), null));
        Post post = workflow.begin(source, () -> items.createPost(source.locale(), now), now);
        return Response.created(URI.create("/api/v1/posts/" + post.id()))
                .entity(item(post.id()))
                .build();
    }
}
