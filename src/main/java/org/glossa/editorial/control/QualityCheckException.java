package org.glossa.editorial.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A text that cannot go to review: some quality checks found errors (a 400 naming each field at fault). Its broken
 * links, if any, are kept for the problem document, as {@link BrokenLinksException} does.
 */
public class QualityCheckException extends EditorialException {

    private final transient List<Finding> findings;
    private final transient List<LinkCheck.BrokenLink> brokenLinks;

    /**
     * @param findings    every finding, errors and warnings
     * @param brokenLinks the broken links among the errors
     */
    public QualityCheckException(List<Finding> findings, List<LinkCheck.BrokenLink> brokenLinks) {
        super(
                Kind.INVALID,
                QualityChecks.errors(findings).get(0).field(),
                QualityChecks.errors(findings).stream()
                        .map(f -> f.field() + ": " + f.message())
                        .collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
        this.brokenLinks = List.copyOf(brokenLinks);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> errors() {
        return QualityChecks.errors(findings);
    }

    public List<LinkCheck.BrokenLink> brokenLinks() {
        return brokenLinks;
    }
}
