package org.glossa.documents.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Writes {@code <urlset>} sitemaps with hreflang alternates ({@code xhtml:link}) and images ({@code image:image}),
 * split into as many files as the limits require (sitemaps.org protocol).
 *
 * <p>Decisions: each {@code <url>} is serialised into a small buffer first and copied into the current file only
 * if it fits there together with the closing {@code </urlset>}; otherwise that file is finished and the next one
 * started. So no file ever exceeds a limit, and memory holds one entry rather than one file. Bytes are counted
 * uncompressed, which is what the 50 MiB limit means even for {@code .xml.gz} files. The root of every file
 * declares the sitemap, xhtml and image namespaces, used or not, so an entry serialises identically in whichever
 * file it lands. One {@code <url>} per line; {@code lastmod} is UTC with seconds (see {@link W3cDatetime}).
 * Instances are immutable and can be shared; each call writes its own documents.
 */
public final class SitemapWriter {

    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    public static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

    private static final List<XmlFragment.Namespace> NAMESPACES = List.of(
            new XmlFragment.Namespace("", SITEMAP_NS),
            new XmlFragment.Namespace("xhtml", XHTML_NS),
            new XmlFragment.Namespace("image", IMAGE_NS));
    private static final String CLOSING = "</urlset>\n";

    private final SitemapLimits limits;

    /** A writer with the protocol limits: 50,000 URLs and 50 MiB per file. */
    public SitemapWriter() {
        this(SitemapLimits.PROTOCOL);
    }

    public SitemapWriter(SitemapLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Writes {@code urls}, in order, into as many sitemap files as the limits require.
     *
     * @param partOutput called with 0, 1, 2, ... when a file starts, which is only once its first URL is known to
     *                   fit; this writer closes each stream when its file is complete (or abandoned on an error)
     * @return one descriptor per file written; empty, and no file written, if there are no URLs (an empty
     * {@code <urlset>} fails sitemap.xsd)
     * @throws IllegalArgumentException if one URL entry alone does not fit in a file of {@code maxBytes}
     */
    public List<SitemapPart> writeParts(Iterator<SitemapUrl> urls, IntFunction<? extends OutputStream> partOutput)
            throws IOException {
        Objects.requireNonNull(partOutput, "partOutput");
        XmlFragment opening = urlsetStartTag();
        XmlFragment entry = new XmlFragment(NAMESPACES);
        List<SitemapPart> parts = new ArrayList<>();
        Part part = null;
        try {
            while (urls.hasNext()) {
                SitemapUrl url = urls.next();
                entry.write(xml -> writeUrl(xml, url));
                if (part != null && !part.document.fits(entry, limits)) {
                    parts.add(part.finish());
                    part = null;
                }
                if (part == null) {
                    requireFitsInEmptyFile(opening, entry, url);
                    int index = parts.size();
                    part = new Part(index, Objects.requireNonNull(partOutput.apply(index), "partOutput returned null"));
                    part.start(opening);
                }
                part.append(entry, url.lastModified());
            }
            if (part != null) {
                parts.add(part.finish());
                part = null;
            }
            return List.copyOf(parts);
        } catch (Throwable failure) {
            if (part != null) {
                part.abandon(failure);
            }
            throw failure;
        }
    }

    /**
     * Writes {@code urls} as exactly one sitemap. {@code out} is flushed, not closed.
     *
     * @throws IllegalArgumentException if there are no URLs (an empty {@code <urlset>} fails sitemap.xsd)
     * @throws IllegalStateException    if the URLs need more than one file under this writer's limits, detected when
     *                                  the first file is full; use {@link #writeParts} and an index instead
     */
    public SitemapPart write(Iterator<SitemapUrl> urls, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (!urls.hasNext()) {
            throw new IllegalArgumentException("a sitemap needs at least one <url> (sitemap.xsd)");
        }
        return writeParts(urls, index -> {
                    if (index > 0) {
                        throw new IllegalStateException(
                                "the URLs do not fit in one sitemap of at most " + limits.maxEntries() + " URLs and "
                                        + limits.maxBytes() + " bytes; write parts and a sitemap index instead");
                    }
                    return new KeptOpen(out);
                })
                .get(0);
    }

    private void requireFitsInEmptyFile(XmlFragment opening, XmlFragment entry, SitemapUrl url) {
        long size = EntryDocument.sizeAlone(opening, entry, CLOSING);
        if (size > limits.maxBytes()) {
            throw new IllegalArgumentException("the sitemap entry for " + url.loc() + " needs " + size
                    + " bytes even alone in a file, more than the limit of " + limits.maxBytes() + " bytes");
        }
    }

    private static XmlFragment urlsetStartTag() {
        XmlFragment opening = new XmlFragment(NAMESPACES);
        return opening.serialize(xml -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "urlset", SITEMAP_NS);
            opening.declareNamespaces(xml);
        });
    }

    /**
     * One {@code <url>}, written directly: every value in it is a checked ASCII URL, an hreflang code or a date, and a
     * large site writes hundreds of thousands of them (each with 18 alternates). Byte for byte what the JDK's StAX
     * writer makes of the same entry ({@code SitemapWriterTest} compares the two).
     */
    static void writeUrl(XmlFragment.AsciiMarkup xml, SitemapUrl url) {
        xml.raw("<url><loc>").text(url.loc()).raw("</loc>");
        if (url.lastModified() != null) {
            xml.raw("<lastmod>").text(W3cDatetime.format(url.lastModified())).raw("</lastmod>");
        }
        xml.markup(url.alternates().markup());
        for (String image : url.imageLocs()) {
            xml.raw("<image:image><image:loc>").text(image).raw("</image:loc></image:image>");
        }
        xml.raw("</url>");
    }

    /** A file being written by {@link #writeParts}. */
    private static final class Part {
        private final int index;
        private final OutputStream out;
        private EntryDocument document;
        private Instant newestLastModified;

        Part(int index, OutputStream out) {
            this.index = index;
            this.out = out;
        }

        void start(XmlFragment opening) throws IOException {
            document = new EntryDocument(out, opening, CLOSING);
        }

        void append(XmlFragment entry, Instant lastModified) throws IOException {
            document.append(entry);
            if (lastModified != null && (newestLastModified == null || lastModified.isAfter(newestLastModified))) {
                newestLastModified = lastModified;
            }
        }

        SitemapPart finish() throws IOException {
            long bytes = document.finish();
            out.close();
            return new SitemapPart(index, document.entries(), bytes, newestLastModified);
        }

        void abandon(Throwable failure) {
            try {
                out.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The caller's stream for {@link #write}: the caller closes it, not this writer. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
