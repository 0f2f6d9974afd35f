package org.glossa.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.glossa.domains.control.Alternates;

/**
 * Reads the {@code <url>} entries of a sitemap part straight from its bytes, in the form the generator writes them:
 * elements, attributes, text, XML's five entities and character references, namespaces declared on the root element.
 * A general XML parser spends most of the permalink check's time on work this form never needs (symbol tables,
 * entity limits, events for every piece of whitespace); this reads each byte once, and holds one entry and a 64 KiB
 * buffer whatever the file's size.
 *
 * <p>It is strict rather than lenient: a document outside that form (a comment, a CDATA section, a DOCTYPE, a
 * namespace declared below the root, an unknown prefix or entity, tags that do not nest) is refused as unreadable,
 * which the check reports; it never guesses. Element names are compared by namespace and local name, as
 * {@link SitemapEntries#read} does, so what it hands over is what a namespace-aware parser would.
 */
final class SitemapScanner {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private final Map<String, String> namespaces = new HashMap<>();
    /** Open elements: their qualified names, as written. */
    private final Deque<String> open = new ArrayDeque<>();

    private byte[] scratch = new byte[256];
    private int scratchLength;

    private SitemapScanner(InputStream in) {
        this.in = in;
    }

    /** Hands every {@code <url>} of a sitemap part to {@code each}, one at a time, in document order. */
    static void read(InputStream part, Consumer<SitemapEntries.Entry> each) throws XMLStreamException {
        try {
            new SitemapScanner(part).scan(each);
        } catch (IOException e) {
            throw new XMLStreamException("the sitemap could not be read: " + e, e);
        }
    }

    private void scan(Consumer<SitemapEntries.Entry> each) throws IOException, XMLStreamException {
        boolean rootSeen = false;
        String loc = null;
        List<Alternates.Link> alternates = null;
        int c;
        while ((c = next()) >= 0) {
            if (c != '<') {
                continue; // text between elements: whitespace, or the content of an element this does not read
            }
            c = require();
            if (c == '?') {
                skipPast('?', '>');
                continue;
            }
            if (c == '!') {
                throw refused("a comment, CDATA section or DOCTYPE");
            }
            if (c == '/') {
                String name = name(require());
                int after = skipSpace(lastAfterName);
                if (after != '>' || open.isEmpty() || !open.peek().equals(name)) {
                    throw refused("an end tag </" + name + "> that closes nothing open");
                }
                open.pop();
                if (alternates != null && isSitemap(name, "url")) {
                    each.accept(new SitemapEntries.Entry(loc, Collections.unmodifiableList(alternates)));
                    alternates = null;
                }
                continue;
            }
            String name = name(c);
            Map<String, String> attributes = new HashMap<>(8);
            boolean empty = attributes(attributes);
            if (open.isEmpty()) {
                if (rootSeen) {
                    throw refused("a second root element");
                }
                rootSeen = true;
                attributes.forEach((key, value) -> {
                    if (key.equals("xmlns")) {
                        namespaces.put("", value);
                    } else if (key.startsWith("xmlns:")) {
                        namespaces.put(key.substring(6), value);
                    }
                });
            } else if (attributes.keySet().stream().anyMatch(k -> k.equals("xmlns") || k.startsWith("xmlns:"))) {
                throw refused("a namespace declared below the root element");
            }
            namespace(name); // an unknown prefix is refused
            if (isSitemap(name, "url")) {
                loc = null;
                alternates = new ArrayList<>();
            } else if (alternates != null && isSitemap(name, "loc")) {
                if (empty) {
                    loc = "";
                    continue;
                }
                loc = elementText(name).strip();
                continue;
            } else if (alternates != null
                    && localName(name).equals("link")
                    && SitemapWriter.XHTML_NS.equals(namespace(name))) {
                if ("alternate".equals(attribute(attributes, "rel"))) {
                    alternates.add(
                            new Alternates.Link(attribute(attributes, "hreflang"), attribute(attributes, "href")));
                }
            }
            if (!empty) {
                open.push(name);
            }
        }
        if (!rootSeen || !open.isEmpty()) {
            throw refused("the document ends before its root element does");
        }
    }

    /** An attribute by local name, whatever its prefix (as {@link SitemapEntries} reads them). */
    private static String attribute(Map<String, String> attributes, String local) {
        String value = attributes.get(local);
        if (value != null) {
            return value;
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (localName(a.getKey()).equals(local) && !a.getKey().startsWith("xmlns")) {
                return a.getValue();
            }
        }
        return null;
    }

    private boolean isSitemap(String name, String local) throws XMLStreamException {
        return localName(name).equals(local) && SitemapWriter.SITEMAP_NS.equals(namespace(name));
    }

    private static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private String namespace(String name) throws XMLStreamException {
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        String uri = namespaces.get(prefix);
        if (uri == null && !prefix.isEmpty()) {
            throw refused("the prefix " + prefix + " is not declared");
        }
        return uri;
    }

    /** The text of a simple element up to its end tag, which it consumes; a child element is refused. */
    private String elementText(String name) throws IOException, XMLStreamException {
        scratchLength = 0;
        int c;
        while ((c = require()) != '<') {
            character(c);
        }
        String value = scratchString();
        if (require() != '/' || !name(require()).equals(name) || skipSpace(lastAfterName) != '>') {
            throw refused("<" + name + "> holding anything but text");
        }
        return value;
    }

    /** Reads attributes up to the end of the start tag. @return whether the element is empty ({@code />}) */
    private boolean attributes(Map<String, String> attributes) throws IOException, XMLStreamException {
        int c = lastAfterName;
        while (true) {
            c = skipSpace(c);
            if (c == '>') {
                return false;
            }
            if (c == '/') {
                if (require() != '>') {
                    throw refused("a malformed empty element");
                }
                return true;
            }
            String key = name(c);
            if (skipSpace(lastAfterName) != '=') {
                throw refused("an attribute without a value");
            }
            int quote = skipSpace(require());
            if (quote != '"' && quote != '\'') {
                throw refused("an unquoted attribute value");
            }
            scratchLength = 0;
            while ((c = require()) != quote) {
                if (c == '<') {
                    throw refused("< in an attribute value");
                }
                character(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
            }
            if (attributes.put(key, scratchString()) != null) {
                throw refused("the attribute " + key + " twice");
            }
            c = require();
        }
    }

    /** The byte that ended the last name read. */
    private int lastAfterName;

    /** A name starting with {@code first}, up to whitespace, {@code =}, {@code /} or {@code >}. */
    private String name(int first) throws IOException, XMLStreamException {
        scratchLength = 0;
        int c = first;
        while (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '=' && c != '/' && c != '>') {
            if (c == '<' || c == '"' || c == '\'' || c == '&') {
                throw refused("a malformed name");
            }
            append(c);
            c = require();
        }
        if (scratchLength == 0) {
            throw refused("an element or attribute without a name");
        }
        lastAfterName = c;
        return new String(scratch, 0, scratchLength, StandardCharsets.UTF_8);
    }

    /** Appends a character of text or of an attribute value, resolving a reference. */
    private void character(int c) throws IOException, XMLStreamException {
        if (c != '&') {
            append(c);
            return;
        }
        StringBuilder reference = new StringBuilder();
        while ((c = require()) != ';') {
            if (reference.length() > 10) {
                throw refused("an unterminated entity reference");
            }
            reference.append((char) c);
        }
        String r = reference.toString();
        int code = switch (r) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> codePoint(r);
        };
        byte[] utf8 = new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            append(b & 0xff);
        }
    }

    private int codePoint(String reference) throws XMLStreamException {
        try {
            int code = reference.startsWith("#x")
                    ? Integer.parseInt(reference.substring(2), 16)
                    : reference.startsWith("#") ? Integer.parseInt(reference.substring(1)) : -1;
            if (Character.isValidCodePoint(code) && code > 0) {
                return code;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused("the entity &" + reference + ";");
    }

    private void append(int c) {
        if (scratchLength == scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[scratchLength++] = (byte) c;
    }

    private String scratchString() {
        return new String(scratch, 0, scratchLength, StandardCharsets.UTF_8);
    }

    private int skipSpace(int c) throws IOException, XMLStreamException {
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            c = require();
        }
        return c;
    }

    private void skipPast(int first, int second) throws IOException, XMLStreamException {
        int previous = 0;
        int c;
        while ((c = require()) != second || previous != first) {
            previous = c;
        }
    }

    private int next() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    private int require() throws IOException, XMLStreamException {
        int c = next();
        if (c < 0) {
            throw refused("the document ends inside a tag or element");
        }
        return c;
    }

    private static XMLStreamException refused(String what) {
        return new XMLStreamException("not in the form the sitemap generator writes: " + what);
    }
}
