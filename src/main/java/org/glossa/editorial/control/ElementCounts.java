package org.glossa.editorial.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.content.control.MarkdownElements;
import org.glossa.editorial.control.Finding.Code;

/**
 * A translation's body should have as many links and images as its source's: one lost in translation is a
 * reference or a picture readers of this language never get (a warning: a link to an English-only page may be
 * dropped on purpose). Counted on the Markdown syntax tree, so text that merely looks like a link is not one.
 */
final class ElementCounts {

    private ElementCounts() {}

    static List<Finding> findings(String sourceBody, String body) {
        MarkdownElements.Elements source = MarkdownElements.of(sourceBody);
        MarkdownElements.Elements translation = MarkdownElements.of(body);
        List<Finding> found = new ArrayList<>();
        if (source.links() != translation.links()) {
            found.add(Finding.warning(
                    "body", Code.LINK_COUNT, Map.of("source", source.links(), "translation", translation.links())));
        }
        if (source.images() != translation.images()) {
            found.add(Finding.warning(
                    "body", Code.IMAGE_COUNT, Map.of("source", source.images(), "translation", translation.images())));
        }
        return found;
    }
}
