package org.glossa.documents.control;

import static org.glossa.documents.control.SitemapWriter.SITEMAP_NS;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The files of one {@link SitemapWriter#writeParts} run, kept in memory; remembers whether each was closed. */
final class PartOutputs {

    static final class ClosableBuffer extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<ClosableBuffer> buffers = new ArrayList<>();

    OutputStream open(int index) {
        if (index != buffers.size()) {
            throw new AssertionError("part " + index + " requested after " + buffers.size() + " parts");
        }
        ClosableBuffer buffer = new ClosableBuffer();
        buffers.add(buffer);
        return buffer;
    }

    List<byte[]> files() {
        return buffers.stream().map(ByteArrayOutputStream::toByteArray).toList();
    }

    List<Long> sizes() {
        return buffers.stream().map(buffer -> (long) buffer.size()).toList();
    }

    boolean allClosed() {
        return buffers.stream().allMatch(buffer -> buffer.closed);
    }

    List<String> locsInOrder() {
        return files().stream()
                .flatMap(file -> GeneratedXml.elements(GeneratedXml.parse(file), SITEMAP_NS, "url").stream())
                .map(url ->
                        url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent())
                .toList();
    }
}
