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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.glossa.content.boundary.Items;
import org.glossa.content.boundary.JsonBodyLimit;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Profile;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.SourceText;

/**
 * The owner's profile and its translations, through the same workflow as posts: a translation's title is the display
 * name in that locale, its summary the headline, its body the introduction (Markdown). Its slug is fixed (see {@link
 * ItemKind#PROFILE}): one sent is ignored. The site has one profile; the owner creates it once, with its source text.
 */
@Path(ProfileResource.PATH)
@RolesAllowed({"owner", "translator"})
public class ProfileResource extends TranslatableItemsResource {

    static final String PATH = "profile";

    @Inject
    Items items;

    /** The profile's source text: display name, headline and introduction (Markdown) in its source locale. */
    public record NewProfile(String sourceLocale, String title, String summary, String body) {}

    /**
     * The inherited list, declared again only so that Payara's OpenAPI generator lists it: it leaves out a
     * resource method inherited at the root of an abstract resource.
     */
    @GET
    @Override
    @Operation(summary = "Translations of the profile, most recently changed first", description = LIST)
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

    @Override
    protected ItemKind kind() {
        return ItemKind.PROFILE;
    }

    @Override
    protected String path() {
        return PATH;
    }

    @POST
    @RolesAllowed("owner")
    @JsonBodyLimit(JsonBodyLimit.TRANSLATION_TEXT)
    public Response create(NewProfile input) {
        if (input == null) {
            throw EditorialException.invalid(
                    "body",
                    "a JSON object with sourceLocale, title (display name), summary (headline) and body is required");
        }
        Instant now = Instant.now();
        SourceText source = SourceText.checked(
                viewer(),
                kind(),
                input.sourceLocale(),
                new TranslatableText(input.title(), null, input.summary(), input.body(), null));
        if (translations.profile().isPresent()) {
            throw EditorialException.conflict("sourceLocale", "the site has a profile already; translate or edit it");
        }
        Profile profile = workflow.begin(source, () -> items.createProfile(source.locale()), now);
        return Response.created(URI.create("/api/v1/" + PATH + "/" + profile.id()))
                .entity(item(profile.id()))
                .build();
    }
}
