package org.glossa.content.control;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Text;

/**
 * What a Markdown text holds as readers see it, read from the syntax tree {@link MarkdownRenderer} renders (as
 * {@link MarkdownLinks} does): how many links and images it has, and its words without the link targets, so that
 * a translation can be compared with its source element by element.
 */
public final class MarkdownElements {

    /**
     * @param links  links, autolinks included, repeats counted
     * @param images images, repeats counted
     * @param text   the text nodes and inline code, one per line, without link and image destinations
     */
    public record Elements(int links, int images, List<String> text) {}

    private MarkdownElements() {}

    public static Elements of(String markdown) {
        int[] links = {0};
        int[] images = {0};
        List<String> text = new ArrayList<>();
        MarkdownRenderer.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links[0]++;
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images[0]++;
                visitChildren(image);
            }

            @Override
            public void visit(Text node) {
                text.add(node.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.add(code.getLiteral());
            }
        });
        return new Elements(links[0], images[0], List.copyOf(text));
    }
}
