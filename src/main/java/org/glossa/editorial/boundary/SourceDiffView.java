package org.glossa.editorial.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.editorial.control.SourceDiff;
import org.glossa.editorial.control.WordDiff;

/** Word-level changes of the source text since the revision a translation was made from. */
public record SourceDiffView(
        String sourceLocale, int fromRevision, int toRevision, boolean unchanged, Map<String, List<Change>> fields) {

    public record Change(String kind, String text) {}

    static SourceDiffView of(SourceDiff diff) {
        Map<String, List<Change>> fields = new LinkedHashMap<>();
        boolean unchanged = true;
        for (String field : List.of("title", "summary", "body", "location")) {
            WordDiff d = diff.fields().get(field);
            unchanged &= d.unchanged();
            fields.put(
                    field,
                    d.changes().stream()
                            .map(c -> new Change(c.kind().name(), c.text()))
                            .toList());
        }
        return new SourceDiffView(diff.sourceLocale(), diff.fromRevision(), diff.toRevision(), unchanged, fields);
    }
}
