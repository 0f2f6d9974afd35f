package org.glossa.documents.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one permalink check found, per locale: how many findings, and the first {@link #MAX_EXAMPLES} of them.
 * Every kind of check adds to the same collection ({@link #add}); a locale it covered is {@link #checked}, so a clean
 * locale reports zero rather than nothing.
 */
public final class PermalinkFindings {

    /** Examples kept per locale: enough to act on, bounded however broken a site is. */
    public static final int MAX_EXAMPLES = 20;

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<PermalinkFinding>> examples = new LinkedHashMap<>();

    /** Marks a locale as covered by this check: it reports its findings, zero when it has none. */
    public void checked(String locale) {
        counts.putIfAbsent(locale, 0);
        examples.putIfAbsent(locale, new ArrayList<>());
    }

    public void add(PermalinkFinding finding) {
        checked(finding.locale());
        counts.merge(finding.locale(), 1, Integer::sum);
        List<PermalinkFinding> kept = examples.get(finding.locale());
        if (kept.size() < MAX_EXAMPLES) {
            kept.add(finding);
        }
    }

    /** The locales this check covered. */
    public Set<String> locales() {
        return counts.keySet();
    }

    public int count(String locale) {
        return counts.getOrDefault(locale, 0);
    }

    /** The first findings of a locale, in the order they were found. */
    public List<PermalinkFinding> examples(String locale) {
        return List.copyOf(examples.getOrDefault(locale, List.of()));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
