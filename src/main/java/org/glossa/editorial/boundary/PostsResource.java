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

    /** A new post: its source locale and the source text. */
    public record NewPost(String sourceLocale, String title, String summary, String body, String slug) {}

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
