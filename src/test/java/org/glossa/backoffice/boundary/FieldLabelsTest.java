package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossa.content.entity.ItemKind;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void theProfilesTextFieldsAreLabelledAsWhatTheyMean() {
        assertThat(FieldLabels.key("backoffice.editor.field.", ItemKind.PROFILE, "title"))
                .isEqualTo("backoffice.profile.field.title");
        assertThat(FieldLabels.key("backoffice.review.field.", ItemKind.PROFILE, "summary"))
                .isEqualTo("backoffice.profile.field.summary");
        assertThat(FieldLabels.key("backoffice.editor.field.", ItemKind.PROFILE, "body"))
                .isEqualTo("backoffice.profile.field.body");
    }

    @Test
    void otherKindsAndFieldsKeepTheScreensLabels() {
        assertThat(FieldLabels.key("backoffice.editor.field.", ItemKind.POST, "title"))
                .isEqualTo("backoffice.editor.field.title");
        assertThat(FieldLabels.key("backoffice.review.field.", null, "body")).isEqualTo("backoffice.review.field.body");
        assertThat(FieldLabels.key("backoffice.editor.field.", ItemKind.PROFILE, "slug"))
                .isEqualTo("backoffice.editor.field.slug");
    }
}
