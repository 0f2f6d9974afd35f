package org.glossa.documents.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One document being written: its opening (XML declaration and root start tag), entries appended one at a
 * time, then its closing tag. It counts entries and uncompressed bytes as they are written, so a writer can
 * ask whether one more serialised entry, plus the closing tag, still fits its limits before committing it.
 * The caller's stream is flushed at the end, never closed.
 */
final class EntryDocument {

    private final OutputStream out;
    private final byte[] closing;
    private long bytes;
    private int entries;

    EntryDocument(OutputStream out, XmlFragment opening, String closing) throws IOException {
        this.out = new BufferedOutputStream(out, 64 * 1024);
        this.closing = closing.getBytes(StandardCharsets.UTF_8);
        opening.writeTo(this.out);
        bytes = opening.size();
    }

    /** The size of a document holding only {@code entry}: the least any document with it can weigh. */
    static long sizeAlone(XmlFragment opening, XmlFragment entry, String closing) {
        return opening.size() + entry.size() + closing.getBytes(StandardCharsets.UTF_8).length;
    }

    boolean fits(XmlFragment entry, SitemapLimits limits) {
        return entries < limits.maxEntries() && bytes + entry.size() + closing.length <= limits.maxBytes();
    }

    void append(XmlFragment entry) throws IOException {
        entry.writeTo(out);
        bytes += entry.size();
        entries++;
    }

    int entries() {
        return entries;
    }

    /** Writes the closing tag and flushes; returns the document's size in bytes. */
    long finish() throws IOException {
        out.write(closing);
        out.flush();
        bytes += closing.length;
        return bytes;
    }
}
