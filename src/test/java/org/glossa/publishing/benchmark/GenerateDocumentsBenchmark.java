package org.glossa.publishing.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.publishing.control.SiteDocuments;
import org.glossa.publishing.control.SitemapLimits;
import org.glossa.site.control.SiteDirectory;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;

/**
 * Generates every locale's sitemaps, news sitemap and feed for a large synthetic content set with the production
 * generator ({@link SiteDocuments}) and discards the bytes, counting them. Run by
 * {@code src/benchmark/generate-documents.sh}; arguments: posts (default 20000), roles (default 50).
 *
 * <p>The generator's input is a {@link SiteSnapshot}, a fully materialised object graph; it is built before the
 * clock starts, and the heap it occupies is printed separately, so "peak heap" shows both.
 */
public final class GenerateDocumentsBenchmark {

    private GenerateDocumentsBenchmark() {
    }

    public static void main(String[] args) {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int roles = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocaleCatalog catalog = LocaleCatalog.standard();
        Instant now = Instant.parse("2026-11-24T12:00:00Z");

        StringBuilder spec = new StringBuilder();
        for (String tag : catalog.tags()) {
            spec.append(tag).append("=https://").append(tag.toLowerCase(Locale.ROOT)).append(".example.com,");
        }
        spec.append("x-default=https://example.com");
        SiteDirectory sites = SiteDirectory.parse(spec.toString(), catalog);

        long heapBefore = usedHeap();
        SiteSnapshot snapshot = snapshot(catalog, posts, roles, now);
        long snapshotHeap = Math.max(0, usedHeap() - heapBefore);
        resetPeaks();

        SiteDocuments generator = new SiteDocuments(sites, catalog, snapshot, new SitemapLimits(50_000, 52_428_800L));
        long[] documents = {0};
        long[] bytes = {0};
        long[] largest = {0};
        long started = System.nanoTime();
        for (LocaleDefinition locale : catalog.all()) {
            generator.generate(locale, now, document -> {
                documents[0]++;
                bytes[0] += document.content().length;
                largest[0] = Math.max(largest[0], document.content().length);
            });
        }
        for (String host : generator.hosts()) {
            documents[0]++;
            bytes[0] += generator.robots(host, now).content().length;
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        int items = posts + roles;
        System.out.printf(Locale.ROOT, "items:                  %,d posts + %,d roles, each in %d locales (%,d sitemap URLs)%n",
                posts, roles, catalog.all().size(), (long) (items + 3) * catalog.all().size());
        System.out.printf(Locale.ROOT, "documents:              %,d%n", documents[0]);
        System.out.printf(Locale.ROOT, "bytes written:          %,d (largest document %,d)%n", bytes[0], largest[0]);
        System.out.printf(Locale.ROOT, "elapsed:                %,d ms%n", elapsedMs);
        System.out.printf(Locale.ROOT, "snapshot heap (input):  ~%,d MiB%n", snapshotHeap >> 20);
        System.out.printf(Locale.ROOT, "peak heap (generation): %,d MiB (sum of heap pools' peaks) of max %,d MiB%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Every post and role live in every locale: the worst case for alternates. */
    private static SiteSnapshot snapshot(LocaleCatalog catalog, int posts, int roles, Instant now) {
        List<String> tags = catalog.tags();
        List<SiteSnapshot.PostItem> postItems = new ArrayList<>(posts);
        long publication = 1;
        for (int i = 1; i <= posts; i++) {
            Instant at = now.minusSeconds(600L * i);
            Map<String, LiveText> texts = new LinkedHashMap<>();
            for (String tag : tags) {
                texts.put(tag, new LiveText(publication++, tag, "post-" + i, "Post number " + i + " about translation",
                        "A summary of post " + i + " that is about as long as a real one, give or take a few words.",
                        null, at, at));
            }
            SiteSnapshot.Cover cover = i % 10 == 0
                    ? new SiteSnapshot.Cover(i, "image/jpeg", 120_000, 1200, 630, "00", "Cover " + i) : null;
            postItems.add(new SiteSnapshot.PostItem(i, "en", cover, texts));
        }
        List<SiteSnapshot.ExperienceItem> roleItems = new ArrayList<>(roles);
        for (int i = 1; i <= roles; i++) {
            Instant at = now.minusSeconds(86_400L * i);
            Map<String, LiveText> texts = new LinkedHashMap<>();
            for (String tag : tags) {
                texts.put(tag, new LiveText(publication++, tag, "role-" + i, "Role " + i, "What role " + i + " was",
                        "Stockholm", at, at));
            }
            roleItems.add(new SiteSnapshot.ExperienceItem(i, "Org " + i, null, null,
                    java.time.YearMonth.of(2000 + i % 25, 1 + i % 12), null, i, texts));
        }
        return new SiteSnapshot("Mira", Map.of(), postItems, roleItems);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the heap in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
