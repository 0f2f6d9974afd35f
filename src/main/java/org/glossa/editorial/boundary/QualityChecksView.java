package org.glossa.editorial.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.glossa.editorial.control.TranslationQuality;

/**
 * What the quality checks find in a translation as it is stored, before it is submitted.
 *
 * @param submittable whether no check found an error (the state may still forbid a submission)
 * @param errors      what blocks the submission
 * @param warnings    what the translator should look at, and may acknowledge when submitting
 */
@Schema(name = "QualityChecks", description = "The quality checks' findings on a translation")
public record QualityChecksView(boolean submittable, List<FindingView> errors, List<FindingView> warnings) {

    static QualityChecksView of(TranslationQuality.Report report) {
        return new QualityChecksView(
                report.errors().isEmpty(), FindingView.of(report.errors()), FindingView.of(report.warnings()));
    }
}
