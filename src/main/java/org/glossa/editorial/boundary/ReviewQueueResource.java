package org.glossa.editorial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.control.EditorialException;
import org.glossa.editorial.control.Viewer;
import org.glossa.editorial.entity.AuditEntry;

/** The owner's views across items: what waits for review, and the audit log. */
@Path("")
@RolesAllowed("owner")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    PublicUrls publicUrls;

    public record AuditView(String actor, String action, String from, String to, String comment, String at) {
        static AuditView of(AuditEntry a) {
            return new AuditView(
                    a.actor(),
                    a.action().name(),
                    a.fromStatus().name(),
                    a.toStatus().name(),
                    a.comment(),
                    a.occurredAt().toString());
        }
    }

    Viewer viewer() {
        return viewers.current();
    }

    /** Everything in review, oldest first. */
    @GET
    @Path("review-queue")
    public List<TranslationView> reviewQueue() {
        return translations.reviewQueue(viewer()).stream()
                .map(s -> TranslationView.of(s, publicUrls::of))
                .toList();
    }

    @GET
    @Path("audit")
    public List<AuditView> audit(
            @QueryParam("kind") String kind, @QueryParam("item") Long item, @QueryParam("locale") String locale) {
        if (item == null) {
            throw EditorialException.invalid("item", "the id of a post or experience entry is required");
        }
        TranslatableItemsResource.positive(item, "item");
        ItemKind itemKind = kind(kind);
        return translations.audit(viewer(), itemKind, item, locale).stream()
                .map(AuditView::of)
                .toList();
    }

    /** The kind named in the query, posts when none is. */
    static ItemKind kind(String name) {
        if (name == null) {
            return ItemKind.POST;
        }
        try {
            return ItemKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EditorialException.invalid(
                    "kind", Stream.of(ItemKind.values()).map(ItemKind::name).collect(Collectors.joining(" or ")));
        }
    }
}
