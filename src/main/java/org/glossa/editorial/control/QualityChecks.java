package org.glossa.editorial.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.Finding.Code;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The quality checks a text passes before it goes to review, the same for the API and the back office: required
 * fields and lengths ({@link TextLengths}), characters readers cannot read ({@link InvalidCharacters}), and for a
 * translation, what it should keep of its source: links and images ({@link ElementCounts}), numbers
 * ({@link NumbersKept}), and text of its own ({@link IdenticalText}). Internal links to pages not live in the text's
 * locale come from {@link LinkCheck}, which needs the database; they are errors. Errors first, then warnings,
 * each group in field order.
 */
public final class QualityChecks {

    private static final List<String> FIELDS = List.of("title", "summary", "location", "body", "slug");

    /**
     * The text to check and what it is checked against.
     *
     * @param source       the source text, or {@code null} when the text is itself the source
     * @param brokenLinks  what {@link LinkCheck#broken} found in the body
     */
    public record Subject(
            ItemKind kind,
            LocaleDefinition locale,
            TranslatableText text,
            LocaleDefinition sourceLocale,
            TranslatableText source,
            List<LinkCheck.BrokenLink> brokenLinks) {}

    private QualityChecks() {}

    public static List<Finding> of(Subject s) {
        List<Finding> found = new ArrayList<>(TextLengths.findings(s.kind(), s.text()));
        found.addAll(InvalidCharacters.findings(s.text()));
        if (s.source() != null) {
            found.addAll(ElementCounts.findings(s.source().body(), s.text().body()));
            found.addAll(NumbersKept.findings(s.sourceLocale(), s.source(), s.locale(), s.text()));
            found.addAll(IdenticalText.findings(s.kind(), s.source(), s.text()));
        }
        for (LinkCheck.BrokenLink link : s.brokenLinks()) {
            found.add(Finding.error(
                    "body",
                    Code.BROKEN_LINK,
                    link.suggestion() == null
                            ? Map.of("href", link.href(), "reason", link.reason())
                            : Map.of("href", link.href(), "reason", link.reason(), "suggestion", link.suggestion())));
        }
        found.sort(Comparator.comparing(Finding::severity).thenComparing(f -> FIELDS.indexOf(f.field())));
        return List.copyOf(found);
    }

    public static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).toList();
    }

    public static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
