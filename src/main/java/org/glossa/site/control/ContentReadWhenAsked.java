package org.glossa.site.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.glossa.content.entity.ItemKind;
import org.glossa.site.control.SiteSnapshot.ExperienceItem;
import org.glossa.site.control.SiteSnapshot.PostItem;
import org.glossa.site.control.SiteSnapshot.ProfileText;

/**
 * Content read the first time a page asks for any of it, then kept: the permalink check resolves each locale's home,
 * blog and experience index, which {@link Pages#resolve} answers without content, and reads a site's items only if an
 * item's URL is asked about. Not thread-safe, as the check that uses it.
 */
public final class ContentReadWhenAsked implements SiteContent {

    private final Supplier<? extends SiteContent> read;
    private SiteContent content;

    public ContentReadWhenAsked(Supplier<? extends SiteContent> read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    /** Whether the content was read. */
    public boolean wasRead() {
        return content != null;
    }

    private SiteContent content() {
        if (content == null) {
            content = Objects.requireNonNull(read.get(), "read content");
        }
        return content;
    }

    @Override
    public String ownerName() {
        return content().ownerName();
    }

    @Override
    public String ownerName(String locale) {
        return content().ownerName(locale);
    }

    @Override
    public Optional<ProfileText> profile(String locale) {
        return content().profile(locale);
    }

    @Override
    public List<PostItem> posts(String locale, int offset, int limit) {
        return content().posts(locale, offset, limit);
    }

    @Override
    public int postCount(String locale) {
        return content().postCount(locale);
    }

    @Override
    public int postCount() {
        return content().postCount();
    }

    @Override
    public List<ExperienceItem> experience(String locale) {
        return content().experience(locale);
    }

    @Override
    public int experienceCount() {
        return content().experienceCount();
    }

    @Override
    public Optional<PostItem> postBySlug(String locale, String canonicalSlug) {
        return content().postBySlug(locale, canonicalSlug);
    }

    @Override
    public Optional<ExperienceItem> experienceBySlug(String locale, String canonicalSlug) {
        return content().experienceBySlug(locale, canonicalSlug);
    }

    @Override
    public Optional<Long> formerOwner(ItemKind kind, String locale, String canonicalSlug) {
        return content().formerOwner(kind, locale, canonicalSlug);
    }

    @Override
    public Optional<PostItem> postById(long id) {
        return content().postById(id);
    }

    @Override
    public Optional<ExperienceItem> experienceById(long id) {
        return content().experienceById(id);
    }

    @Override
    public Map<SlugRef, String> liveSlugs(Set<SlugRef> refs) {
        return content().liveSlugs(refs);
    }
}
