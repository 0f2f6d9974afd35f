package org.glossa.editorial.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.glossa.editorial.control.Finding;

/**
 * One quality-check finding as the API gives it.
 *
 * @param field      the text field at fault
 * @param code       what was found, e.g. {@code title-too-long}; with the field, the key to acknowledge a warning
 * @param key        {@code field:code}, what a submission lists in {@code acknowledged}
 * @param severity   {@code error} (blocks submission) or {@code warning}
 * @param message    in English
 * @param parameters the values the message names
 */
@Schema(name = "QualityFinding", description = "What a quality check found in one field")
public record FindingView(
        String field, String code, String key, String severity, String message, Map<String, Object> parameters) {

    static FindingView of(Finding f) {
        return new FindingView(
                f.field(),
                f.code().id(),
                f.key(),
                f.severity().name().toLowerCase(java.util.Locale.ROOT),
                f.message(),
                f.parameters());
    }

    static List<FindingView> of(List<Finding> findings) {
        return findings.stream().map(FindingView::of).toList();
    }
}
