package org.glossa.editorial.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.Finding.Code;

/**
 * A translated field that is exactly its source's is usually a field nobody translated (a warning: a brand name
 * as a title may rightly stay as it is). Blank fields are left to the required-field rules. A location is not
 * compared: place names are often written the same in many languages ("Berlin"); nor is the profile's title, the
 * owner's name, which most languages write as the source does.
 */
final class IdenticalText {

    private IdenticalText() {}

    static List<Finding> findings(ItemKind kind, TranslatableText source, TranslatableText text) {
        List<Finding> found = new ArrayList<>();
        if (kind != ItemKind.PROFILE) {
            same("title", source.title(), text.title(), found);
        }
        same("summary", source.summary(), text.summary(), found);
        same("body", source.body(), text.body(), found);
        return found;
    }

    private static void same(String field, String source, String text, List<Finding> found) {
        if (!TextLengths.blank(text) && source != null && source.strip().equals(text.strip())) {
            found.add(Finding.warning(field, Code.IDENTICAL_TO_SOURCE, Map.of()));
        }
    }
}
