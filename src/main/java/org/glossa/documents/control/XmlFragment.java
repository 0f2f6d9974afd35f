package org.glossa.documents.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
