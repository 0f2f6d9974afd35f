package org.glossa.site.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.glossa.content.entity.ItemKind;
import org.glossa.site.control.SiteSnapshot.ExperienceItem;
import org.glossa.site.control.SiteSnapshot.PostItem;
import org.glossa.site.control.SiteSnapshot.ProfileText;

/**
 * The site's content as the public pages read it: each question one or two indexed queries ({@link SiteQueries}),
 * the profile, the totals and each locale's count of posts from the caller, who keeps them between pages (they do not
 * grow with the site).
 */
public final class QueriedContent implements SiteContent {

    private final SiteQueries queries;
    private final Supplier<SiteProfile> profile;
    private final Supplier<SiteTotals> totals;
    private final ToIntFunction<String> postCounts;

    public QueriedContent(
            SiteQueries queries,
            Supplier<SiteProfile> profile,
            Supplier<SiteTotals> totals,
            ToIntFunction<String> postCounts) {
        this.queries = queries;
        this.profile = profile;
        this.totals = totals;
        this.postCounts = postCounts;
    }

    @Override
    public String ownerName() {
        return profile.get().ownerName();
    }

    @Override
    public Optional<ProfileText> profile(String locale) {
        return Optional.ofNullable(profile.get().texts().get(locale));
    }

    @Override
    public List<PostItem> posts(String locale, int offset, int limit) {
        return queries.posts(locale, offset, limit);
    }

    @Override
    public int postCount(String locale) {
        return postCounts.applyAsInt(locale);
    }

    @Override
    public int postCount() {
        return totals.get().posts();
    }

    @Override
    public List<ExperienceItem> experience(String locale) {
        return queries.experience(locale);
    }

    @Override
    public int experienceCount() {
        return totals.get().roles();
    }

    @Override
    public Optional<PostItem> postBySlug(String locale, String canonicalSlug) {
        return queries.postBySlug(locale, canonicalSlug);
    }

    @Override
    public Optional<ExperienceItem> experienceBySlug(String locale, String canonicalSlug) {
        return queries.experienceBySlug(locale, canonicalSlug);
    }

    @Override
    public Optional<Long> formerOwner(ItemKind kind, String locale, String canonicalSlug) {
        return queries.formerOwner(kind, locale, canonicalSlug);
    }

    @Override
    public Optional<PostItem> postById(long id) {
        return queries.postById(id);
    }

    @Override
    public Optional<ExperienceItem> experienceById(long id) {
        return queries.experienceById(id);
    }

    @Override
    public Map<SlugRef, String> liveSlugs(Set<SlugRef> refs) {
        return queries.liveSlugs(refs);
    }
}
