package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.UnstorableTextException;
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
    void theProfileKeepsItsHeadlineAndGetsTheFixedSlugWhateverWasSent() {
        TranslatableText text = TextRules.validated(
                new TranslatableText(" Mira ", "not a slug!", " Datenexpertin ", "Hallo", "Lissabon"),
                ItemKind.PROFILE,
                GERMAN);
        assertThat(text)
                .isEqualTo(new TranslatableText("Mira", ItemKind.PAGELESS_SLUG, "Datenexpertin", "Hallo", null));
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

    @Test
    void pastedControlCharactersAreCleanedFieldByField() {
        TranslatableText text = TextRules.validated(
                new TranslatableText(
                        "Zeile\u000Bumbruch\uFFFE", null, "Eins\u2028zwei", "Absatz\r\n\u2029Zwei\u0007", null),
                ItemKind.POST,
                GERMAN);
        assertThat(text.title()).isEqualTo("Zeile umbruch");
        assertThat(text.slug()).isEqualTo("zeile-umbruch");
        assertThat(text.summary()).isEqualTo("Eins\nzwei");
        assertThat(text.body()).isEqualTo("Absatz\n\nZwei");
        assertThat(TextRules.validated(
                                new TranslatableText("Rolle", "rolle", null, "", "Berlin\u000BMitte"),
                                ItemKind.EXPERIENCE,
                                GERMAN)
                        .location())
                .isEqualTo("Berlin Mitte");
    }

    @Test
    void textThatCannotBeStoredIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TextRules.validated(
                        new TranslatableText("Titel", null, null, "a\u0000b", null), ItemKind.POST, GERMAN))
                .isInstanceOfSatisfying(
                        UnstorableTextException.class,
                        e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> TextRules.validated(
                        new TranslatableText("Titel\uD800", null, null, "", null), ItemKind.POST, GERMAN))
                .isInstanceOfSatisfying(
                        UnstorableTextException.class,
                        e -> assertThat(e.field()).isEqualTo("title"));
    }
}
