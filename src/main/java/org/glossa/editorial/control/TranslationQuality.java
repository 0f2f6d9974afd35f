package org.glossa.editorial.control;

import java.util.List;
import java.util.Optional;
import org.glossa.content.entity.TranslatableText;
import org.glossa.content.entity.Translation;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.Site;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * Runs {@link QualityChecks} on a stored translation: reads its source text and what its internal links lead to.
 * Both doors get their findings from here, the submission ({@code Workflow}) and the reads before it.
 */
public final class TranslationQuality {

    /** What the checks found, and the broken links among them (for the problem document). */
    public record Report(List<Finding> findings, List<LinkCheck.BrokenLink> brokenLinks) {

        public List<Finding> errors() {
            return QualityChecks.errors(findings);
        }

        public List<Finding> warnings() {
            return QualityChecks.warnings(findings);
        }

        /** Refuses the move when there are errors. */
        public void requireNoErrors() {
            if (!errors().isEmpty()) {
                throw new QualityCheckException(findings, brokenLinks);
            }
        }
    }

    private TranslationQuality() {}

    /**
     * @param everything queries that see every locale: the source text and the link targets, whoever asks
     * @param own        the site of the translation's locale
     */
    public static Report of(Translation t, TranslationQueries everything, Site own, InternalLinks links) {
        return of(t, t.text(), everything, own, links);
    }

    /**
     * Runs the checks on {@code text} as if it were the translation's: the editor's form before it is saved.
     *
     * @param t the stored translation, for its item, locale and source
     */
    public static Report of(
            Translation t, TranslatableText text, TranslationQueries everything, Site own, InternalLinks links) {
        LocaleDefinition locale = LocaleCatalog.standard().get(t.locale());
        String sourceTag = t.item().sourceLocale();
        Optional<TranslatableText> source = t.locale().equals(sourceTag)
                ? Optional.empty()
                : everything.translation(t.kind(), t.itemId(), sourceTag).map(Translation::text);
        List<LinkCheck.BrokenLink> broken = LinkCheck.broken(
                text.body(),
                own,
                links,
                new LinkTargets.Address(t.kind(), t.locale(), text.slug()),
                everything::linkTargets);
        List<Finding> findings = QualityChecks.of(new QualityChecks.Subject(
                t.kind(), locale, text, LocaleCatalog.standard().get(sourceTag), source.orElse(null), broken));
        return new Report(findings, broken);
    }
}
