package org.glossa.editorial.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.Finding.Code;

/**
 * Characters readers cannot read. Control characters, noncharacters, NUL and lone surrogates never get this far
 * ({@code TypedText} cleans or refuses them on save); what is left:
 *
 * <ul>
 *   <li>U+FFFD, the replacement character, stands where a decoder met bytes it could not read: a character of the
 *       text is lost and the writer must put it back. An error.</li>
 *   <li>Code points Unicode (as ICU knows it) does not assign show as a box everywhere and may mean something else
 *       in a later version. An error: no reader can read them.</li>
 *   <li>Private-use characters mean something only with the font that defines them (icon fonts do): a warning,
 *       since a site may ship such a font on purpose.</li>
 * </ul>
 */
final class InvalidCharacters {

    private InvalidCharacters() {}

    static List<Finding> findings(TranslatableText text) {
        List<Finding> found = new ArrayList<>();
        check("title", text.title(), found);
        check("summary", text.summary(), found);
        check("body", text.body(), found);
        check("location", text.location(), found);
        check("slug", text.slug(), found);
        return found;
    }

    private static void check(String field, String s, List<Finding> found) {
        if (s == null) {
            return;
        }
        boolean replacement = false;
        Set<String> unassigned = new LinkedHashSet<>();
        Set<String> privateUse = new LinkedHashSet<>();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD) {
                replacement = true;
            } else if (UCharacter.getType(c) == UCharacterCategory.UNASSIGNED) {
                unassigned.add(name(c));
            } else if (UCharacter.getType(c) == UCharacterCategory.PRIVATE_USE) {
                privateUse.add(name(c));
            }
        }
        if (replacement) {
            found.add(Finding.error(field, Code.REPLACEMENT_CHARACTER, Map.of()));
        }
        if (!unassigned.isEmpty()) {
            found.add(Finding.error(
                    field, Code.UNASSIGNED_CHARACTER, Map.of("characters", String.join(" ", unassigned))));
        }
        if (!privateUse.isEmpty()) {
            found.add(Finding.warning(
                    field, Code.PRIVATE_USE_CHARACTER, Map.of("characters", String.join(" ", privateUse))));
        }
    }

    private static String name(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
