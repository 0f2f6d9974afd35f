package org.glossa.documents.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A piece of XML (a document's opening, or one complete entry element) serialised into a reusable buffer, so
 * its exact size is known before it is written into a document.
 *
 * <p>Decisions: the JDK's built-in StAX implementation ({@link XMLOutputFactory#newDefaultFactory()}) is used,
 * not whichever one a container puts first on the class path, so the escaping the tests check is the escaping
 * production gets. Every piece gets a fresh {@link XMLStreamWriter} whose prefixes are bound (not declared) to
 * the namespaces the document's root declares, so each entry is one complete element that any StAX writer
 * accepts. Each piece ends with a line break, which also completes a start tag the opening leaves open.
 * Not thread-safe: one instance per document being written.
 */
final class XmlFragment {

    /** A namespace declared on a document's root; the empty prefix is the default namespace. */
    record Namespace(String prefix, String uri) {
        Namespace {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** Writes the content of one piece. */
    @FunctionalInterface
    interface Content {
        void writeTo(XMLStreamWriter xml) throws XMLStreamException;
    }

    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private final List<Namespace> namespaces;
    private final AsciiMarkup markup = new AsciiMarkup();

    XmlFragment(List<Namespace> namespaces) {
        this.namespaces = List.copyOf(namespaces);
    }

    /** Replaces the buffered piece by {@code content}. */
    XmlFragment serialize(Content content) {
        buffer.reset();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(buffer, "UTF-8");
            for (Namespace namespace : namespaces) {
                if (namespace.prefix().isEmpty()) {
                    xml.setDefaultNamespace(namespace.uri());
                } else {
                    xml.setPrefix(namespace.prefix(), namespace.uri());
                }
            }
            content.writeTo(xml);
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            // the target is a byte array, so this is a bug in the calling writer, not an I/O problem
            throw new IllegalStateException("cannot serialise XML: " + e.getMessage(), e);
        }
        return this;
    }

    /** Writes the markup of one piece directly, without StAX (see {@link AsciiMarkup}). */
    @FunctionalInterface
    interface Markup {
        void writeTo(AsciiMarkup markup);
    }

    /**
     * Replaces the buffered piece by {@code content}, written as bytes: for the entries a large site has hundreds of
     * thousands of, made only of checked URLs, language codes and dates. Ends with a line break, as {@link #serialize}.
     */
    XmlFragment write(Markup content) {
        buffer.reset();
        markup.length = 0;
        content.writeTo(markup);
        markup.append('\n');
        buffer.write(markup.bytes, 0, markup.length);
        return this;
    }

    /**
     * Markup made only of ASCII: element names and values that {@link AbsoluteUrl}, the hreflang pattern or a date
     * format checked. Escapes as the JDK's StAX writer does ({@code & < >} in text, and {@code "} in attributes), so a
     * piece written either way has the same bytes; refuses anything outside ASCII rather than encode it. Collects into
     * an array of its own, reused from piece to piece (a byte stream's synchronised writes cost more than StAX).
     */
    static final class AsciiMarkup {
        /** The printable ASCII characters escaped in text ({@code & < >}) or attributes ({@code "} too). */
        private static final boolean[] ESCAPED = new boolean[0x7f];

        static {
            for (char c : "&<>\"".toCharArray()) {
                ESCAPED[c] = true;
            }
        }

        private byte[] bytes = new byte[4096];
        private int length;

        /** Markup written as it is: tags and attribute names this class's callers spell out. */
        AsciiMarkup raw(String markup) {
            ensure(markup.length());
            for (int i = 0; i < markup.length(); i++) {
                bytes[length++] = (byte) ascii(markup, i);
            }
            return this;
        }

        /** Character data, escaped. */
        AsciiMarkup text(String text) {
            return escaped(text, false);
        }

        /** {@code  name="value"}, the value escaped. */
        AsciiMarkup attribute(String name, String value) {
            append(' ');
            raw(name);
            append('=');
            append('"');
            escaped(value, true);
            append('"');
            return this;
        }

        /** Bytes another {@code AsciiMarkup} made ({@link #toByteArray}), written as they are. */
        AsciiMarkup markup(byte[] markup) {
            ensure(markup.length);
            System.arraycopy(markup, 0, bytes, length, markup.length);
            length += markup.length;
            return this;
        }

        private AsciiMarkup escaped(String value, boolean attribute) {
            int count = value.length();
            ensure(count);
            for (int i = 0; i < count; i++) {
                char c = ascii(value, i);
                if (!ESCAPED[c]) {
                    bytes[length++] = (byte) c;
                    continue;
                }
                switch (c) {
                    case '&' -> raw("&amp;");
                    case '<' -> raw("&lt;");
                    case '>' -> raw("&gt;");
                    default -> raw(attribute ? "&quot;" : "\"");
                }
                ensure(count - i);
            }
            return this;
        }

        /** What was written, in an array of its own. */
        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        private void append(char c) {
            ensure(1);
            bytes[length++] = (byte) c;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        private static char ascii(String value, int index) {
            char c = value.charAt(index);
            if (c > 0x7e || c < 0x20) {
                throw new IllegalArgumentException(
                        "only printable ASCII is written directly, got U+" + Integer.toHexString(c) + " in: " + value);
            }
            return c;
        }
    }

    /** Writes the namespace declarations onto the element just started, i.e. a document's root. */
    void declareNamespaces(XMLStreamWriter xml) throws XMLStreamException {
        for (Namespace namespace : namespaces) {
            if (namespace.prefix().isEmpty()) {
                xml.writeDefaultNamespace(namespace.uri());
            } else {
                xml.writeNamespace(namespace.prefix(), namespace.uri());
            }
        }
    }

    int size() {
        return buffer.size();
    }

    void writeTo(OutputStream out) throws IOException {
        buffer.writeTo(out);
    }
}
