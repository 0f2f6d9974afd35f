package org.glossa.editorial.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.glossa.content.boundary.JsonBodyLimit;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Finding;
import org.glossa.editorial.control.ListCursor;
import org.glossa.editorial.control.TranslationState;
import org.glossa.editorial.control.Viewer;

/**
 * The translation workflow over HTTP, the same for every kind of item. Resources only translate between HTTP
 * and {@link Workflow} (the moves) or {@link Translations} (the reads); who may see what is decided in the
 * queries behind them. Subclasses carry {@code @RolesAllowed} themselves: the annotation is not inherited
 * from here.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class TranslatableItemsResource {

    /** Translations per page of a list. */
    @Inject
    @ConfigProperty(name = "glossa.api.page-size", defaultValue = "50")
    int pageSize;

    @Inject
    Workflow workflow;

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    PublicUrls publicUrls;

    TranslationView view(TranslationState state) {
        return TranslationView.of(state, publicUrls::of);
    }

    protected abstract ItemKind kind();

    /** The collection's segment under {@code /api/v1}, as in the subclass's {@code @Path}. */
    protected abstract String path();

    /** Translatable fields as sent: title, slug (optional), summary (posts), body, location (entries). */
    public record TextInput(String title, String slug, String summary, String body, String location) {
        TranslatableText text() {
            return new TranslatableText(title, slug, summary, body, location);
        }
    }

    public record ApproveInput(String publishAt) {}

    public record RejectInput(String comment) {}

    /**
     * How many rows a page number may skip: the database reads and drops every row before the page (seconds deep
     * in a list of hundreds of thousands), so further pages are read by the next link, by key.
     */
    static final int MAX_SKIPPED_ROWS = 10_000;

    int page(Integer page) {
        if (page == null) {
            return 1;
        }
        int last = MAX_SKIPPED_ROWS / Math.max(1, pageSize) + 1;
        if (page < 1 || page > last) {
            throw EditorialException.invalid(
                    "page",
                    "must be a whole number from 1 to " + last + "; the pages after it are read by the 'next' link"
                            + " (after=)");
        }
        return page;
    }

    Viewer viewer() {
        return viewers.current();
    }

    /** What the lists' documentation says of their paging. */
    static final String LIST = "Filtered by status, locale and outdated (each optional, all applied before paging),"
            + " glossa.api.page-size translations to a page. While another page follows, the response's Link header"
            + " names it (rel=\"next\"): its 'after' is the position where this page ended, and the next page is read"
            + " from there by index, in the same time at any depth. 'page' (from 1) reads a page by its number instead,"
            + " which skips the rows before it: it reaches the first 10,000 rows. A translation changed"
            + " while the list is walked moves to its start.";

    static final String NEXT = "<.../api/v1/{kind}?...&after={position}>; rel=\"next\" while another page follows";

    @GET
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("locale") String locale,
            @QueryParam("outdated") Boolean outdated,
            @QueryParam("page") Integer page,
            @QueryParam("after") String after) {
        ListCursor cursor = null;
        if (after != null) {
            if (page != null) {
                throw EditorialException.invalid("page", "give either page or after (the next link's), not both");
            }
            cursor = ListCursor.decode(after);
        }
        Translations.StatesPage result = translations.list(
                viewer(), kind(), status(status), locale, outdated, cursor, page(page), Math.max(1, pageSize));
        List<TranslationView> rows = result.rows().stream().map(this::view).toList();
        Response.ResponseBuilder ok = Response.ok(new GenericEntity<>(rows) {});
        if (result.next() != null) {
            ok.header(HttpHeaders.LINK, "<" + nextPage(status, locale, outdated, result.next()) + ">; rel=\"next\"");
        }
        return ok.build();
    }

    /** The next page's address, root-relative ({@code ConfiguredLocations} puts it on the configured API base). */
    private String nextPage(String status, String locale, Boolean outdated, ListCursor next) {
        StringBuilder query = new StringBuilder();
        if (status != null && !status.isBlank()) {
            query.append("status=")
                    .append(encoded(status.toLowerCase(Locale.ROOT)))
                    .append('&');
        }
        if (locale != null) {
            query.append("locale=").append(encoded(locale)).append('&');
        }
        if (outdated != null) {
            query.append("outdated=").append(outdated).append('&');
        }
        return "/api/v1/" + path() + "?" + query + "after=" + next.encoded();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @GET
    @Path("{id}")
    public ItemView item(@PathParam("id") long id) {
        positive(id, "id");
        return new ItemView(
                id,
                kind().name(),
                translations.states(viewer(), kind(), id).stream()
                        .map(this::view)
                        .toList());
    }

    @GET
    @Path("{id}/translations/{locale}")
    public Response translation(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        TranslationState state = translations.state(viewer(), kind(), id, locale);
        return Response.ok(WorkingVersion.of(state, publicUrls::of))
                .tag(new EntityTag(ETags.of(state.translation()).replace("\"", "")))
                .build();
    }

    @PUT
    @Path("{id}/translations/{locale}")
    @JsonBodyLimit(JsonBodyLimit.TRANSLATION_TEXT)
    public Response save(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @HeaderParam("If-Match") String ifMatch,
            TextInput input) {
        positive(id, "id");
        if (input == null) {
            throw EditorialException.invalid("body", "a JSON object with the translation's fields is required");
        }
        Workflow.Saved saved = workflow.save(viewer(), kind(), id, locale, input.text(), ifMatch, Instant.now());
        TranslationState state = translations.state(viewer(), kind(), id, locale);
        Response.ResponseBuilder response = saved.created()
                ? Response.status(Response.Status.CREATED)
                        .location(URI.create("/api/v1/" + path() + "/" + id + "/translations/"
                                + state.translation().locale()))
                : Response.ok();
        return response.entity(WorkingVersion.of(state, publicUrls::of))
                .tag(new EntityTag(ETags.of(state.translation()).replace("\"", "")))
                .build();
    }

    /**
     * What a submission acknowledges: the keys ({@code field:code}) of the quality checks' warnings the translator
     * has seen and accepts. Optional: without it the warnings are only returned.
     */
    public record SubmitInput(List<String> acknowledged) {
        Set<String> keys() {
            return acknowledged == null
                    ? Set.of()
                    : acknowledged.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        }
    }

    @POST
    @Path("{id}/translations/{locale}/submit")
    @Operation(
            summary = "Submit a translation for review",
            description = "Runs the quality checks first (the same as GET .../checks). Errors refuse the submission"
                    + " with a 400 problem naming each field (type /problems/quality-checks, or"
                    + " /problems/broken-links when broken links are the only errors) and nothing changes."
                    + " Warnings do not: they come back in 'warnings'; those listed in 'acknowledged' (their keys,"
                    + " field:code) are recorded with the submission for the owner's review.")
    public TranslationView submit(@PathParam("id") long id, @PathParam("locale") String locale, SubmitInput input) {
        positive(id, "id");
        Workflow.Submitted submitted =
                workflow.submit(viewer(), kind(), id, locale, input == null ? Set.of() : input.keys(), Instant.now());
        return view(translations.state(viewer(), kind(), id, locale))
                .submitted(
                        FindingView.of(submitted.warnings()),
                        submitted.acknowledged().stream().map(Finding::key).toList());
    }

    @GET
    @Path("{id}/translations/{locale}/checks")
    @Operation(
            summary = "Run the quality checks on a translation",
            description = "What a submission would find in the translation as it is stored: errors (which block"
                    + " it) and warnings (which a submission may acknowledge), each naming its field.")
    public QualityChecksView checks(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        return QualityChecksView.of(translations.checks(viewer(), kind(), id, locale));
    }

    @POST
    @Path("{id}/translations/{locale}/approve")
    public TranslationView approve(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @HeaderParam("If-Match") String ifMatch,
            ApproveInput input) {
        positive(id, "id");
        Instant publishAt = input == null || input.publishAt() == null ? null : instant(input.publishAt(), "publishAt");
        workflow.approve(viewer(), kind(), id, locale, publishAt, ifMatch, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    /** Moves a scheduled publication to another future time ({@code publishAt}, required). */
    @POST
    @Path("{id}/translations/{locale}/reschedule")
    public TranslationView reschedule(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @HeaderParam("If-Match") String ifMatch,
            ApproveInput input) {
        positive(id, "id");
        if (input == null || input.publishAt() == null) {
            throw EditorialException.invalid("publishAt", "required: the new publication time");
        }
        Instant publishAt = instant(input.publishAt(), "publishAt");
        workflow.reschedule(viewer(), kind(), id, locale, publishAt, ifMatch, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    /** Cancels a scheduled publication: the translation goes back to the review queue. */
    @POST
    @Path("{id}/translations/{locale}/unschedule")
    public TranslationView unschedule(
            @PathParam("id") long id, @PathParam("locale") String locale, @HeaderParam("If-Match") String ifMatch) {
        positive(id, "id");
        workflow.unschedule(viewer(), kind(), id, locale, ifMatch, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    @POST
    @Path("{id}/translations/{locale}/publish")
    public TranslationView publishDirect(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        workflow.publishDirect(viewer(), kind(), id, locale, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    @POST
    @Path("{id}/translations/{locale}/reject")
    public TranslationView reject(
            @PathParam("id") long id,
            @PathParam("locale") String locale,
            @HeaderParam("If-Match") String ifMatch,
            RejectInput input) {
        positive(id, "id");
        workflow.reject(viewer(), kind(), id, locale, input == null ? null : input.comment(), ifMatch, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    @POST
    @Path("{id}/translations/{locale}/unpublish")
    public TranslationView unpublish(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        workflow.unpublish(viewer(), kind(), id, locale, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    /**
     * The owner lets a former slug go (it stops redirecting; another item may take it). A POST action like the
     * others, not a DELETE: the server refuses a DELETE that carries a body before the API sees it.
     */
    @POST
    @Path("{id}/translations/{locale}/former-slugs/{slug}/release")
    public Response releaseFormerSlug(
            @PathParam("id") long id, @PathParam("locale") String locale, @PathParam("slug") String slug) {
        positive(id, "id");
        workflow.releaseFormerSlug(viewer(), kind(), id, locale, slug, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/translations/{locale}/archive")
    public TranslationView archive(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        workflow.archive(viewer(), kind(), id, locale, Instant.now());
        return view(translations.state(viewer(), kind(), id, locale));
    }

    @GET
    @Path("{id}/translations/{locale}/revisions")
    public List<RevisionView> revisions(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        return translations.revisions(viewer(), kind(), id, locale).stream()
                .map(RevisionView::of)
                .toList();
    }

    @GET
    @Path("{id}/translations/{locale}/revisions/{n}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("locale") String locale, @PathParam("n") int n) {
        positive(id, "id");
        positive(n, "n");
        return RevisionView.of(translations.revision(viewer(), kind(), id, locale, n));
    }

    @GET
    @Path("{id}/translations/{locale}/published")
    public PublishedView published(
            @PathParam("id") long id, @PathParam("locale") String locale, @QueryParam("at") String at) {
        positive(id, "id");
        Instant instant = at == null ? Instant.now() : instant(at, "at");
        return PublishedView.of(translations.publishedAt(viewer(), kind(), id, locale, instant));
    }

    @GET
    @Path("{id}/translations/{locale}/source-diff")
    public SourceDiffView sourceDiff(@PathParam("id") long id, @PathParam("locale") String locale) {
        positive(id, "id");
        return SourceDiffView.of(translations.sourceDiff(viewer(), kind(), id, locale));
    }

    /** Instants the database stores ({@code timestamptz}) and people mean: years 1 to 9999, in UTC. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static Instant instant(String value, String field) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw EditorialException.invalid(field, "an ISO-8601 instant such as 2026-12-01T09:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw EditorialException.invalid(field, "must be from " + EARLIEST + " to " + LATEST);
        }
        return instant;
    }

    /** Ids and revision numbers start at 1; JAX-RS has already refused what is not a number of their type. */
    static long positive(long value, String name) {
        if (value < 1) {
            throw EditorialException.invalid(name, "must be a whole number of 1 or more");
        }
        return value;
    }

    private static TranslationStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TranslationStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EditorialException.invalid("status", "one of " + List.of(TranslationStatus.values()));
        }
    }
}
