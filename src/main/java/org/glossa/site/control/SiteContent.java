package org.glossa.site.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.site.control.SiteSnapshot.ExperienceItem;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.glossa.site.control.SiteSnapshot.PostItem;
import org.glossa.site.control.SiteSnapshot.ProfileText;

/**
 * What the public pages show, only live publications: asked for what one page needs. The site's pages read it from
 * the database page by page ({@link QueriedContent}); the permalink check and the unit tests hold it in memory
 * ({@link SiteSnapshot}). Slug lookups take the canonical form (NFC, lower-case), so equivalent spellings of a slug
 * find the same item.
 */
public interface SiteContent {

    /** The owner's name as the profile's source locale has it live (pages of no locale use it); empty if none. */
    String ownerName();

    /** The owner's name as the locale's live profile has it, else as the source locale has it. */
    default String ownerName(String locale) {
        return profile(locale)
                .map(ProfileText::displayName)
                .filter(name -> !name.isBlank())
                .orElse(ownerName());
    }

    Optional<ProfileText> profile(String locale);

    /**
     * Posts live in this locale, newest first there (by when they went live in it), {@code limit} of them after the
     * first {@code offset}. Each carries that locale's text only.
     */
    List<PostItem> posts(String locale, int offset, int limit);

    /** How many posts are live in this locale. */
    int postCount(String locale);

    /** How many posts are live in at least one locale. */
    int postCount();

    /** Roles described in this locale, in timeline order, each with that locale's text only. */
    List<ExperienceItem> experience(String locale);

    /** How many roles are live in at least one locale. */
    int experienceCount();

    /** The post live at this slug in this locale, with its live texts in every locale. */
    Optional<PostItem> postBySlug(String locale, String canonicalSlug);

    /** The role live at this slug in this locale, with its live texts in every locale. */
    Optional<ExperienceItem> experienceBySlug(String locale, String canonicalSlug);

    /**
     * The item a former slug of this kind and locale belonged to. The item may be live elsewhere, or nowhere: ask
     * {@link #postById}/{@link #experienceById}.
     */
    Optional<Long> formerOwner(ItemKind kind, String locale, String canonicalSlug);

    /** A post live in at least one locale, with its live texts. */
    Optional<PostItem> postById(long id);

    /** A role live in at least one locale, with its live texts. */
    Optional<ExperienceItem> experienceById(long id);

    /** An item named by a slug in a locale: the slug it is live at, or one it had there. */
    record SlugRef(ItemKind kind, String locale, String canonicalSlug) {

        /** The item an item page of {@code locale}'s site names, by the canonical form of the page's slug. */
        public static SlugRef of(SitePaths.Item page, LocaleDefinition locale) {
            return new SlugRef(page.kind(), locale.tag(), SlugPolicy.canonicalForm(page.slug(), locale));
        }
    }

    /**
     * The slug each named item is live at in the ref's locale, for the refs that name one: the links of a body are
     * brought up to date with one lookup, however many there are. A ref naming no item live there is left out.
     */
    default Map<SlugRef, String> liveSlugs(Set<SlugRef> refs) {
        Map<SlugRef, String> found = new HashMap<>();
        for (SlugRef ref : refs) {
            String tag = ref.locale();
            Optional<LiveText> live = ref.kind() == ItemKind.POST
                    ? postBySlug(tag, ref.canonicalSlug()).flatMap(p -> p.in(tag))
                    : experienceBySlug(tag, ref.canonicalSlug()).flatMap(e -> e.in(tag));
            if (live.isEmpty()) {
                live = formerOwner(ref.kind(), tag, ref.canonicalSlug())
                        .flatMap(id -> ref.kind() == ItemKind.POST
                                ? postById(id).flatMap(p -> p.in(tag))
                                : experienceById(id).flatMap(e -> e.in(tag)));
            }
            live.ifPresent(text -> found.put(ref, text.slug()));
        }
        return found;
    }
}
