package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/** Sitemap groups of stable membership, and runs that render only the groups whose inputs changed. */
class SitemapGroupsTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final List<LocaleDefinition> EN_DE = List.of(CATALOG.get("en"), CATALOG.get("de"));
    /** Two posts per group: posts 1-2 in posts-1, 3-4 in posts-2, 5-6 in posts-3. */
    private static final int PER_PART = 2;

    private static SiteDirectory sites() {
        StringBuilder spec = new StringBuilder();
        for (String tag : CATALOG.tags()) {
            spec.append(tag)
                    .append("=https://")
                    .append(tag.toLowerCase(java.util.Locale.ROOT))
                    .append(".example,");
        }
        return SiteDirectory.parse(spec.append("x-default=https://www.example").toString(), CATALOG);
    }

    /** Posts 1 to 6 live in en and de; post {@code renamed}'s German slug is {@code germanSlug}. */
    private static SiteSnapshot posts(long renamed, String germanSlug) {
        List<SiteSnapshot.PostItem> posts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            Instant at = NOW.minusSeconds(3600L * (7 - i));
            Map<String, LiveText> texts = new LinkedHashMap<>();
            texts.put("en", new LiveText(i * 10L, "en", "post-" + i, "Post " + i, null, null, at, at));
            String slug = i == renamed ? germanSlug : "beitrag-" + i;
            Instant german = i == renamed ? NOW.minusSeconds(60) : at;
            texts.put("de", new LiveText(i * 10L + 1, "de", slug, "Beitrag " + i, null, null, at, german));
            posts.add(new SiteSnapshot.PostItem(i, "en", null, texts));
        }
        return new SiteSnapshot("Mira", Map.of(), posts, List.of());
    }

    /** As {@code posts(0, null)}, with posts 5 and 6 (all of posts-3) gone off the German site. */
    private static SiteSnapshot postsFiveAndSixOffTheGermanSite() {
        List<SiteSnapshot.PostItem> withdrawn = new ArrayList<>();
        for (SiteSnapshot.PostItem post : posts(0, null).allPosts()) {
            Map<String, LiveText> texts = new LinkedHashMap<>(post.texts());
            if (post.id() >= 5) {
                texts.remove("de");
            }
            withdrawn.add(new SiteSnapshot.PostItem(post.id(), "en", null, texts));
        }
        return new SiteSnapshot("Mira", Map.of(), withdrawn, List.of());
    }

    private static SiteDocuments documents(SiteSnapshot content) {
        return new SiteDocuments(sites(), CATALOG, new SnapshotContent(content), SitemapLimits.PROTOCOL, PER_PART);
    }

    /** What a site's stored documents would be: name to (stamp, lastmod), as the runs so far left them. */
    private static final class Stored implements PartPlan.StoredParts {
        final Map<String, Map<String, GeneratedDocument>> bySite = new HashMap<>();

        void store(String tag, GeneratedDocument document) {
            bySite.computeIfAbsent(tag, t -> new LinkedHashMap<>()).put(document.name(), document);
        }

        Map<String, Map<String, String>> stamps() {
            Map<String, Map<String, String>> stamps = new HashMap<>();
            bySite.forEach((tag, documents) -> {
                Map<String, String> ofSite = new HashMap<>();
                documents.values().stream()
                        .filter(d -> PartGroup.isPartName(d.name()))
                        .forEach(d -> ofSite.put(d.name(), d.inputStamp()));
                stamps.put(tag, ofSite);
            });
            return stamps;
        }

        PartPlan.StoredParts of(String tag) {
            Map<String, GeneratedDocument> documents = bySite.getOrDefault(tag, Map.of());
            Map<String, String> stamps = stamps().getOrDefault(tag, Map.of());
            return new PartPlan.StoredParts() {
                @Override
                public Optional<List<PartPlan.KeptPart>> unchanged(PartGroup group, String stamp) {
                    List<PartPlan.KeptPart> kept = documents.values().stream()
                            .filter(d -> group.holds(d.name()) && stamp.equals(d.inputStamp()))
                            .map(d -> new PartPlan.KeptPart(d.name(), d.contentTimestamp()))
                            .toList();
                    return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
                }

                @Override
                public Map<String, String> partStamps() {
                    return stamps;
                }
            };
        }

        @Override
        public Optional<List<PartPlan.KeptPart>> unchanged(PartGroup group, String stamp) {
            throw new UnsupportedOperationException("use of(tag)");
        }

        Stored copy() {
            Stored copy = new Stored();
            bySite.forEach((tag, documents) -> copy.bySite.put(tag, new LinkedHashMap<>(documents)));
            return copy;
        }

        /** Forgets the stamps of a site's item parts, as a permalink finding does. */
        void forgetStamps(String tag) {
            bySite.get(tag)
                    .replaceAll((name, d) -> PartGroup.ofItemPart(name, PER_PART)
                                    .isPresent()
                            ? new GeneratedDocument(d.name(), d.contentType(), d.content(), d.contentTimestamp(), null)
                            : d);
        }
    }

    /** One run over en and de, as Regeneration makes it: plan first, then each locale; returns what it rendered. */
    private static Map<String, Map<String, GeneratedDocument>> run(SiteSnapshot content, Stored stored) {
        return run(content, stored, Optional.empty());
    }

    /** As {@link #run(SiteSnapshot, Stored)}, planned for {@code changed} items when present (a round of requests). */
    private static Map<String, Map<String, GeneratedDocument>> run(
            SiteSnapshot content, Stored stored, Optional<ChangedItems> changed) {
        SiteDocuments documents = documents(content);
        PartPlan plan = changed.map(items -> documents.plan(EN_DE, stored.stamps(), items))
                .orElseGet(() -> documents.plan(EN_DE, stored.stamps()));
        Map<String, Map<String, GeneratedDocument>> rendered = new LinkedHashMap<>();
        for (LocaleDefinition locale : EN_DE) {
            Map<String, GeneratedDocument> out = new LinkedHashMap<>();
            List<String> names = documents.generate(
                    locale, NOW, d -> out.put(d.name(), d), url -> {}, plan, stored.of(locale.tag()));
            out.values().forEach(d -> stored.store(locale.tag(), d));
            stored.bySite.get(locale.tag()).keySet().retainAll(names);
            rendered.put(locale.tag(), out);
        }
        return rendered;
    }

    /**
     * As {@link #run}, with the groups rendered ahead, group by group ({@link SiteDocuments#preRender}); {@code
     * meanwhile} runs between rendering ahead and the locales' generation (another node storing, content changing),
     * which then reads {@code now}. Each URL told to the check is added to {@code listed} as "tag url".
     */
    private static Map<String, Map<String, GeneratedDocument>> runAhead(
            SiteSnapshot content, SiteSnapshot now, Stored stored, Runnable meanwhile, List<String> listed) {
        SiteDocuments ahead = documents(content);
        PartPlan plan = ahead.plan(EN_DE, stored.stamps());
        Map<String, Map<String, GeneratedDocument>> rendered = new LinkedHashMap<>();
        try (SiteDocuments.RenderedParts parts = ahead.preRender(
                EN_DE, plan, locale -> url -> listed.add(locale.tag() + " " + url.loc()), (group, next) -> {}, 100)) {
            meanwhile.run();
            SiteDocuments documents = documents(now);
            for (LocaleDefinition locale : EN_DE) {
                Map<String, GeneratedDocument> out = new LinkedHashMap<>();
                List<String> names = documents.generate(
                        locale,
                        NOW,
                        d -> out.put(d.name(), d),
                        url -> listed.add(locale.tag() + " " + url.loc()),
                        plan,
                        stored.of(locale.tag()),
                        parts);
                out.values().forEach(d -> stored.store(locale.tag(), d));
                stored.bySite.get(locale.tag()).keySet().retainAll(names);
                rendered.put(locale.tag(), out);
            }
            assertThat(parts.waiting())
                    .as("every group rendered ahead was taken")
                    .isZero();
        }
        return rendered;
    }

    @Test
    void groupsRenderedAheadAreTheBytesEachLocaleRendersItselfAndEachUrlIsCheckedOnce() {
        Map<String, Map<String, GeneratedDocument>> alone = run(posts(0, null), new Stored());
        List<String> listed = new ArrayList<>();

        Map<String, Map<String, GeneratedDocument>> ahead =
                runAhead(posts(0, null), posts(0, null), new Stored(), () -> {}, listed);

        for (String tag : List.of("en", "de")) {
            assertThat(ahead.get(tag).keySet()).as(tag).isEqualTo(alone.get(tag).keySet());
            ahead.get(tag)
                    .forEach((name, document) -> assertThat(text(document))
                            .as(tag + " " + name)
                            .isEqualTo(text(alone.get(tag).get(name))));
        }
        assertThat(listed)
                .as("6 posts and 3 section pages in each locale, each once")
                .hasSize(18)
                .doesNotHaveDuplicates()
                .contains("de https://de.example/blog/beitrag-4");
    }

    /** The check reads a group's content while the one before it renders: it hears which group comes next. */
    @Test
    void eachGroupRenderedAheadIsAnnouncedBeforeItsUrlsWithTheGroupAfterIt() {
        SiteDocuments documents = documents(posts(0, null));
        PartPlan plan = documents.plan(EN_DE, Map.of());
        List<String> heard = new ArrayList<>();

        try (SiteDocuments.RenderedParts parts = documents.preRender(
                EN_DE,
                plan,
                locale -> url -> heard.add(locale.tag() + " " + url.loc()),
                (group, next) -> heard.add(
                        group.name() + " then " + next.map(PartGroup::name).orElse("none")),
                100)) {
            assertThat(heard)
                    .containsExactly(
                            "posts-1 then posts-2",
                            "en https://en.example/blog/post-1",
                            "en https://en.example/blog/post-2",
                            "de https://de.example/blog/beitrag-1",
                            "de https://de.example/blog/beitrag-2",
                            "posts-2 then posts-3",
                            "en https://en.example/blog/post-3",
                            "en https://en.example/blog/post-4",
                            "de https://de.example/blog/beitrag-3",
                            "de https://de.example/blog/beitrag-4",
                            "posts-3 then none",
                            "en https://en.example/blog/post-5",
                            "en https://en.example/blog/post-6",
                            "de https://de.example/blog/beitrag-5",
                            "de https://de.example/blog/beitrag-6");
        }
    }

    /**
     * Another node stored de's parts after the plan: what was rendered ahead for de may be older than what it stored,
     * so de renders its groups again from the content as it is now; en, untouched, takes its groups as rendered ahead.
     */
    @Test
    void aLocaleWhosePartsWereStoredSinceThePlanRendersItsGroupsAgainFromTheContentAsItIsNow() {
        Stored stored = new Stored();
        run(posts(0, null), stored);
        SiteSnapshot renamed = posts(4, "umbenannt-4");
        List<String> listed = new ArrayList<>();

        Map<String, Map<String, GeneratedDocument>> after = runAhead(
                posts(4, "zwischenstand-4"),
                renamed,
                stored,
                () -> {
                    GeneratedDocument de = stored.bySite.get("de").get("sitemap-posts-2.xml");
                    stored.store(
                            "de",
                            new GeneratedDocument(
                                    de.name(), de.contentType(), de.content(), de.contentTimestamp(), "another node"));
                },
                listed);

        assertThat(text(after.get("de").get("sitemap-posts-2.xml")))
                .as("rendered again under the lock, from the content as it is now")
                .contains("https://de.example/blog/umbenannt-4")
                .doesNotContain("zwischenstand-4");
        assertThat(text(after.get("en").get("sitemap-posts-2.xml")))
                .as("taken as rendered ahead")
                .contains("https://de.example/blog/zwischenstand-4");
        assertThat(listed)
                .as("de's URLs are checked as they were rendered ahead, not again")
                .contains("de https://de.example/blog/zwischenstand-4")
                .doesNotContain("de https://de.example/blog/umbenannt-4")
                .doesNotHaveDuplicates();
    }

    private static String text(GeneratedDocument document) {
        return new String(document.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void partsAreGroupedByItemIdRangeEachStampedWithItsInputs() {
        Map<String, Map<String, GeneratedDocument>> first = run(posts(0, null), new Stored());

        assertThat(first.get("en"))
                .containsKeys(
                        "sitemap-pages.xml",
                        "sitemap-posts-1.xml",
                        "sitemap-posts-2.xml",
                        "sitemap-posts-3.xml",
                        "sitemap.xml");
        assertThat(text(first.get("en").get("sitemap-posts-2.xml")))
                .contains("/blog/post-3<", "/blog/post-4<")
                .doesNotContain("/blog/post-2<", "/blog/post-5<");
        assertThat(first.get("en").get("sitemap-posts-2.xml").inputStamp()).hasSize(64);
        assertThat(first.get("en").get("sitemap-pages.xml").inputStamp())
                .as("the section pages are rendered by every run")
                .isNull();
        assertThat(first.get("en").get("sitemap-posts-2.xml").inputStamp())
                .as("each locale's part has its own stamp")
                .isNotEqualTo(first.get("de").get("sitemap-posts-2.xml").inputStamp());
    }

    @Test
    void aRunOverUnchangedContentRendersNoItemGroupAndItsIndexStillListsEveryPart() {
        Stored stored = new Stored();
        Map<String, GeneratedDocument> firstIndex =
                Map.of("en", run(posts(0, null), stored).get("en").get("sitemap.xml"));

        Map<String, Map<String, GeneratedDocument>> second = run(posts(0, null), stored);

        assertThat(second.get("en").keySet())
                .containsExactlyInAnyOrder("sitemap-pages.xml", "news-sitemap.xml", "sitemap.xml", "feed.xml");
        assertThat(second.get("de").keySet()).doesNotContain("sitemap-posts-1.xml");
        assertThat(text(second.get("en").get("sitemap.xml")))
                .as("kept parts are listed with the lastmod they were stored with")
                .isEqualTo(text(firstIndex.get("en")));
        assertThat(stored.bySite.get("en")).containsKeys("sitemap-posts-1.xml", "sitemap-posts-3.xml");
    }

    @Test
    void aChangedItemRendersOnlyTheGroupHoldingItInEveryLocaleWhereItIsLive() {
        Stored stored = new Stored();
        run(posts(0, null), stored);

        Map<String, Map<String, GeneratedDocument>> afterRename = run(posts(4, "umbenannt-4"), stored);

        for (String tag : List.of("en", "de")) {
            assertThat(afterRename.get(tag).keySet())
                    .as(tag)
                    .contains("sitemap-posts-2.xml")
                    .doesNotContain("sitemap-posts-1.xml", "sitemap-posts-3.xml");
        }
        assertThat(text(afterRename.get("en").get("sitemap-posts-2.xml")))
                .as("the English part names the new German alternate")
                .contains("https://de.example/blog/umbenannt-4")
                .doesNotContain("beitrag-4");
        assertThat(text(afterRename.get("de").get("sitemap.xml")))
                .contains("sitemap-posts-1.xml", "sitemap-posts-2.xml", "sitemap-posts-3.xml");
    }

    @Test
    void aGroupWhoseStoredPartsAreMissingOrStampedOtherwiseIsRendered() {
        Stored stored = new Stored();
        run(posts(0, null), stored);
        stored.bySite.get("de").remove("sitemap-posts-3.xml");

        Map<String, Map<String, GeneratedDocument>> repaired = run(posts(0, null), stored);

        assertThat(repaired.get("de")).containsKey("sitemap-posts-3.xml");
        assertThat(repaired.get("en"))
                .as("rendered in every locale of the run, so that its alternates are checked together")
                .containsKey("sitemap-posts-3.xml")
                .doesNotContainKey("sitemap-posts-1.xml");
    }

    @Test
    void aLocaleWhereAGroupsLastItemsWentOffIsCheckedThoughNoGroupOfItIsRendered() {
        Stored stored = new Stored();
        run(posts(0, null), stored);
        SiteDocuments documents = documents(postsFiveAndSixOffTheGermanSite());

        PartPlan plan = documents.plan(EN_DE, stored.stamps());

        assertThat(plan.groups("de")).extracting(PartGroup::name).doesNotContain("posts-3");
        assertThat(plan.rendersItems("de"))
                .as("the links to the withdrawn pages are checked in German")
                .isTrue();
        assertThat(plan.rendersItems("en"))
                .as("posts-3 lost its German alternates")
                .isTrue();
    }

    @Test
    void theCheckOfARunAsksAboutTheItemsOfTheGroupsItRendersOnly() {
        Stored stored = new Stored();
        run(posts(0, null), stored);
        SiteDocuments documents = documents(posts(4, "umbenannt-4"));

        PartPlan plan = documents.plan(EN_DE, stored.stamps());

        assertThat(plan.renderedRanges().posts()).containsExactly(new ItemRanges.Range(3, 4));
        assertThat(plan.renderedRanges().roles()).isEmpty();
        assertThat(new ItemRanges(
                                List.of(
                                        new ItemRanges.Range(5, 6),
                                        new ItemRanges.Range(1, 2),
                                        new ItemRanges.Range(3, 4)),
                                List.of(new ItemRanges.Range(1, 3), new ItemRanges.Range(10, 12)))
                        .posts())
                .as("adjacent ranges merge")
                .containsExactly(new ItemRanges.Range(1, 6));
    }

    /** Every document of each site after a run, as text: what readers and search engines would be served. */
    private static Map<String, Map<String, String>> served(Stored stored) {
        Map<String, Map<String, String>> served = new HashMap<>();
        stored.bySite.forEach((tag, documents) -> {
            Map<String, String> texts = new HashMap<>();
            documents.forEach((name, d) -> texts.put(name, text(d)));
            served.put(tag, texts);
        });
        return served;
    }

    private static ChangedItems posts(Long... ids) {
        return new ChangedItems(java.util.Set.of(ids), java.util.Set.of());
    }

    @Test
    void aRunForAChangedItemRendersItsGroupOnlyAndLeavesEverySiteAsAFullRunWould() {
        Stored planned = new Stored();
        run(posts(0, null), planned);
        Stored full = planned.copy();

        Map<String, Map<String, GeneratedDocument>> rendered =
                run(posts(4, "umbenannt-4"), planned, Optional.of(posts(4L)));
        run(posts(4, "umbenannt-4"), full);

        for (String tag : List.of("en", "de")) {
            assertThat(rendered.get(tag).keySet())
                    .as(tag)
                    .contains("sitemap-posts-2.xml")
                    .doesNotContain("sitemap-posts-1.xml", "sitemap-posts-3.xml");
        }
        assertThat(text(rendered.get("de").get("sitemap.xml")))
                .as("the index still lists the groups the plan kept as stored, in order")
                .containsSubsequence("sitemap-posts-1.xml", "sitemap-posts-2.xml", "sitemap-posts-3.xml");
        assertThat(served(planned))
                .as("the same documents, stamps aside, as after a run that planned every group")
                .isEqualTo(served(full));
        assertThat(planned.stamps()).isEqualTo(full.stamps());
    }

    @Test
    void aRunForChangedItemsLeavesWhatNoRequestNamedToTheNextFullRun() {
        Stored stored = new Stored();
        run(posts(0, null), stored);
        // Post 1 renamed by hand (no request), post 4 through the workflow: the request names post 4 only.
        SiteSnapshot edited = posts(1, "von-hand-1");

        SiteDocuments documents = documents(edited);
        PartPlan forRequest = documents.plan(EN_DE, stored.stamps(), posts(4L));
        PartPlan full = documents.plan(EN_DE, stored.stamps());

        assertThat(forRequest.renderedGroups())
                .as("posts-2 is unchanged; posts-1 is not planned")
                .isZero();
        assertThat(forRequest.groups("de"))
                .extracting(PartGroup::name)
                .containsExactly("posts-1", "posts-2", "posts-3");
        assertThat(full.renders(PartGroup.of(ItemKind.POST, 0, PER_PART)))
                .as("the full run's plan sees the hand edit")
                .isTrue();
    }

    @Test
    void aChangedItemGroupWhoseLastItemsWentOffASiteIsDroppedThere() {
        Stored stored = new Stored();
        run(posts(0, null), stored);

        Map<String, Map<String, GeneratedDocument>> rendered =
                run(postsFiveAndSixOffTheGermanSite(), stored, Optional.of(posts(5L, 6L)));

        assertThat(stored.bySite.get("de")).doesNotContainKey("sitemap-posts-3.xml");
        assertThat(text(rendered.get("de").get("sitemap.xml")))
                .contains("sitemap-posts-1.xml", "sitemap-posts-2.xml")
                .doesNotContain("sitemap-posts-3.xml");
        assertThat(rendered.get("en")).as("posts-3 lost its German alternates").containsKey("sitemap-posts-3.xml");
    }

    @Test
    void partsWithoutStampsOrASiteWithoutPartsArePlannedWhole() {
        Stored stored = new Stored();
        run(posts(0, null), stored);
        SiteSnapshot edited = posts(1, "von-hand-1");
        SiteDocuments documents = documents(edited);
        PartGroup posts1 = PartGroup.of(ItemKind.POST, 0, PER_PART);

        assertThat(documents.plan(EN_DE, stored.stamps(), posts(4L)).renders(posts1))
                .isFalse();
        Stored forgotten = stored.copy();
        forgotten.forgetStamps("de");
        assertThat(documents.plan(EN_DE, forgotten.stamps(), posts(4L)).renders(posts1))
                .as("a site whose stamps were forgotten (a permalink finding) renders every group")
                .isTrue();
        Stored enOnly = stored.copy();
        enOnly.bySite.remove("de");
        assertThat(documents.plan(EN_DE, enOnly.stamps(), posts(4L)).groups("de"))
                .as("a site with no stored part yet is planned whole")
                .extracting(PartGroup::name)
                .containsExactly("posts-1", "posts-2", "posts-3");
    }

    @Test
    void partNamesAreRecognisedAndOrdered() {
        PartGroup posts = PartGroup.of(ItemKind.POST, 2, 1000);
        assertThat(posts.name()).isEqualTo("posts-3");
        assertThat(posts.firstId()).isEqualTo(2001);
        assertThat(posts.lastId()).isEqualTo(3000);
        assertThat(PartGroup.rangeOf(2001, 1000)).isEqualTo(2);
        assertThat(PartGroup.rangeOf(3000, 1000)).isEqualTo(2);
        assertThat(posts.holds("sitemap-posts-3.xml")).isTrue();
        assertThat(posts.holds("sitemap-posts-3-2.xml")).isTrue();
        assertThat(posts.holds("sitemap-posts-30.xml")).isFalse();
        assertThat(posts.holds("sitemap-posts-3-0.xml")).isFalse();
        assertThat(posts.indexOf("sitemap-posts-3-2.xml")).isEqualTo(1);
        assertThat(PartGroup.isPartName("sitemap-pages.xml")).isTrue();
        assertThat(PartGroup.isPartName("sitemap-roles-1.xml")).isTrue();
        assertThat(PartGroup.isPartName("sitemap-posts-12-3.xml")).isTrue();
        assertThat(PartGroup.isPartName("sitemap-1.xml")).isFalse();
        assertThat(PartGroup.isPartName("sitemap-posts-0.xml")).isFalse();
        assertThat(PartGroup.isPartName("sitemap-posts-1/../x.xml")).isFalse();
        assertThat(PartGroup.ofItemPart("sitemap-posts-3-2.xml", 1000)).hasValue(posts);
        assertThat(PartGroup.ofItemPart("sitemap-roles-1.xml", 1000))
                .hasValue(PartGroup.of(ItemKind.EXPERIENCE, 0, 1000));
        assertThat(PartGroup.ofItemPart("sitemap-pages.xml", 1000)).isEmpty();
        assertThat(PartGroup.ofItemPart("sitemap-posts-0.xml", 1000)).isEmpty();
        assertThat(new ChangedItems(java.util.Set.of(2001L, 2500L, 1L), java.util.Set.of(3L)).groups(1000))
                .extracting(PartGroup::name)
                .containsExactly("roles-1", "posts-1", "posts-3");
    }
}
