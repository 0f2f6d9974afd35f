package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static final LocaleDefinition GERMAN = LocaleCatalog.standard().get("de");

    @Test
    void aPostKeepsItsSummaryAndDropsALocation() {
        TranslatableText text = TextRules.validated(
                new TranslatableText(" Über Umlaute ", null, " Kurz ", "Text", "Berlin"), ItemKind.POST, GERMAN);
        assertThat(text).isEqualTo(new TranslatableText("Über Umlaute", "ueber-umlaute", "Kurz", "Text", null));
    }

    @Test
    void anEntryKeepsItsLocationAndDropsASummary() {
        TranslatableText text = TextRules.validated(
                new TranslatableText("Beraterin", "beraterin", "Kurz", null, null), ItemKind.EXPERIENCE, GERMAN);
        assertThat(text).isEqualTo(new TranslatableText("Beraterin", "beraterin", null, "", ""));
    }

    @Test
    void onlyTheKindsOwnFieldsAreChecked() {
        String tooLong = "x".repeat(TextRules.MAX_SUMMARY + 1);
        assertThat(TextRules.validated(
                                new TranslatableText("Beraterin", "beraterin", tooLong, "", "Porto"),
                                ItemKind.EXPERIENCE,
                                GERMAN)
                        .summary())
                .isNull();
        assertThatThrownBy(() -> TextRules.validated(
                        new TranslatableText("Titel", "titel", tooLong, "", null), ItemKind.POST, GERMAN))
                .isInstanceOfSatisfying(
                        EditorialException.class, e -> assertThat(e.field()).isEqualTo("summary"));
        String tooFar = "x".repeat(TextRules.MAX_LOCATION + 1);
        assertThatThrownBy(() -> TextRules.validated(
                        new TranslatableText("Beraterin", "beraterin", null, "", tooFar), ItemKind.EXPERIENCE, GERMAN))
                .isInstanceOfSatisfying(
                        EditorialException.class, e -> assertThat(e.field()).isEqualTo("location"));
    }
}
