package org.glossa.content.control;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;

/**
 * The link destinations of a Markdown text, read from the same syntax tree {@link MarkdownRenderer} renders: inline
 * links, reference links (resolved through their definitions) and autolinks ({@code <https://…>}), in the order
 * they appear, repeats included. Text that merely looks like a URL, raw HTML (which the renderer escapes) and code
 * are not links, exactly as on the page.
 */
public final class MarkdownLinks {

    private MarkdownLinks() {}

    public static List<String> destinations(String markdown) {
        List<String> found = new ArrayList<>();
        MarkdownRenderer.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination() != null && !link.getDestination().isBlank()) {
                    found.add(link.getDestination());
                }
                visitChildren(link);
            }
        });
        return found;
    }
}
