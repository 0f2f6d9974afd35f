package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.Finding.Code;
import org.glossa.editorial.control.Finding.Severity;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.junit.jupiter.api.Test;

class QualityChecksTest {

    private static final LocaleDefinition EN = LocaleCatalog.standard().get("en");
    private static final LocaleDefinition DE = LocaleCatalog.standard().get("de");
    private static final LocaleDefinition AR = LocaleCatalog.standard().get("ar");
    private static final LocaleDefinition HI = LocaleCatalog.standard().get("hi");

    private static TranslatableText post(String title, String summary, String body) {
        return new TranslatableText(title, "slug", summary, body, null);
    }

    private static final TranslatableText SOURCE = post(
            "Prices in 2026",
            "What changed this year.",
            "The plan costs 1,234.5 euros for 12 months. See [the offer](https://example.org/offer) and"
                    + " ![a chart](/media/chart.png).");

    private static List<Finding> check(LocaleDefinition locale, TranslatableText text) {
        return QualityChecks.of(new QualityChecks.Subject(ItemKind.POST, locale, text, EN, SOURCE, List.of()));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    @Test
    void aFaithfulTranslationHasNoFindings() {
        assertThat(check(
                        DE,
                        post(
                                "Preise 2026",
                                "Was sich dieses Jahr geändert hat.",
                                "Der Plan kostet 1.234,5 Euro für 12 Monate. Siehe [das Angebot](https://example.org/offer)"
                                        + " und ![ein Diagramm](/media/chart.png).")))
                .isEmpty();
    }

    @Test
    void numbersAreComparedAfterReadingEachInItsLocale() {
        assertThat(NumbersKept.numbers("1,234.5", EN.uLocale()).get(0).value()).isEqualByComparingTo("1234.5");
        assertThat(NumbersKept.numbers("1.234,5", DE.uLocale()).get(0).value()).isEqualByComparingTo("1234.5");
        assertThat(NumbersKept.numbers("١٬٢٣٤٫٥", AR.uLocale()).get(0).value())
                .as("Arabic-Indic digits with Arabic separators")
                .isEqualByComparingTo("1234.5");
        assertThat(NumbersKept.numbers("1,234.5", AR.uLocale()).get(0).value())
                .as("Latin digits in an Arabic text")
                .isEqualByComparingTo("1234.5");
        assertThat(NumbersKept.numbers("१,२३४.५", HI.uLocale()).get(0).value())
                .as("Devanagari digits")
                .isEqualByComparingTo("1234.5");
        assertThat(NumbersKept.numbers("12,34,567", HI.uLocale()).get(0).value())
                .as("Indian grouping")
                .isEqualByComparingTo("1234567");
        assertThat(NumbersKept.numbers("1.234,5", EN.uLocale()).stream()
                        .map(NumbersKept.Found::value)
                        .toList())
                .as("in English, 1.234,5 is not one thousand two hundred and thirty-four and a half")
                .noneMatch(v -> v.compareTo(new java.math.BigDecimal("1234.5")) == 0);
    }

    @Test
    void theSameNumbersInArabicAndHindiDigitsAreKept() {
        String arabic = "تكلفة الخطة ١٬٢٣٤٫٥ يورو لمدة ١٢ شهرًا. انظر [العرض](https://example.org/offer)"
                + " و ![رسم](/media/chart.png).";
        assertThat(keys(check(AR, post("الأسعار في ٢٠٢٦", "ما الذي تغير هذا العام.", arabic))))
                .isEmpty();
        String hindi = "योजना की कीमत १,२३४.५ यूरो है, १२ महीनों के लिए। [ऑफ़र](https://example.org/offer)"
                + " ![चार्ट](/media/chart.png)";
        assertThat(keys(check(HI, post("2026 में कीमतें", "इस साल क्या बदला।", hindi))))
                .isEmpty();
    }

    @Test
    void aNumberOfTheSourceMissingOrMistypedIsAWarningNamingIt() {
        List<Finding> found = check(
                DE,
                post(
                        "Preise 2026",
                        "Was sich geändert hat.",
                        "Der Plan kostet 1.243,5 Euro für zwölf Monate. [Angebot](https://example.org/offer)"
                                + " ![Diagramm](/media/chart.png)"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo("body:numbers-missing");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).parameters().get("numbers")).isEqualTo("1,234.5, 12");
    }

    @Test
    void numbersInLinkAddressesAreNotText() {
        TranslatableText source = post("A", "B", "See [post 2](/blog/2024-review).");
        List<Finding> found = QualityChecks.of(new QualityChecks.Subject(
                ItemKind.POST, DE, post("X", "Y", "Siehe [Beitrag 2](/blog/rueckblick)."), EN, source, List.of()));
        assertThat(keys(found)).doesNotContain("body:numbers-missing");
    }

    @Test
    void linksAndImagesAreCountedOnTheMarkdownTree() {
        List<Finding> found = check(
                DE,
                post(
                        "Preise 2026",
                        "Was sich geändert hat.",
                        "Der Plan kostet 1.234,5 Euro für 12 Monate. Siehe https://example.org/offer."));
        assertThat(keys(found)).containsExactly("body:link-count", "body:image-count");
        assertThat(found.get(0).parameters()).containsEntry("source", 1).containsEntry("translation", 0);
        assertThat(found.get(1).message()).isEqualTo("0 images where the source has 1");
    }

    @Test
    void textIdenticalToTheSourceIsAWarningButNotForTheSourceItself() {
        assertThat(keys(check(DE, SOURCE)))
                .containsExactly(
                        "title:identical-to-source", "summary:identical-to-source", "body:identical-to-source");
        assertThat(QualityChecks.of(new QualityChecks.Subject(ItemKind.POST, EN, SOURCE, EN, null, List.of())))
                .isEmpty();
        TranslatableText entry = new TranslatableText("Engineer", "engineer", null, "Built things.", "Berlin");
        TranslatableText eintrag = new TranslatableText("Ingenieur", "ingenieur", null, "Dinge gebaut.", "Berlin");
        assertThat(QualityChecks.of(new QualityChecks.Subject(ItemKind.EXPERIENCE, DE, eintrag, EN, entry, List.of())))
                .as("a place name may be written the same in both")
                .isEmpty();
    }

    @Test
    void theOwnersNameMayStayAsTheSourceWritesIt() {
        TranslatableText source = new TranslatableText("Mira Lindqvist", "profile", "Data engineer", "I design.", null);
        TranslatableText german =
                new TranslatableText("Mira Lindqvist", "profile", "Datenexpertin", "Ich entwerfe.", null);
        assertThat(QualityChecks.of(new QualityChecks.Subject(ItemKind.PROFILE, DE, german, EN, source, List.of())))
                .isEmpty();
        assertThat(keys(QualityChecks.of(
                        new QualityChecks.Subject(ItemKind.PROFILE, DE, source, EN, source, List.of()))))
                .as("an untranslated headline and introduction still are warnings")
                .containsExactly("summary:identical-to-source", "body:identical-to-source");
    }

    @Test
    void requiredFieldsAndLengths() {
        List<Finding> found = QualityChecks.of(
                new QualityChecks.Subject(ItemKind.POST, EN, post("T".repeat(61), "", " "), EN, null, List.of()));
        assertThat(keys(found)).containsExactly("body:required", "title:title-too-long", "summary:summary-empty");
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(1).parameters()).containsEntry("length", 61).containsEntry("max", 60);
        assertThat(keys(QualityChecks.of(new QualityChecks.Subject(
                        ItemKind.POST, EN, post("T".repeat(60), "S".repeat(161), "B"), EN, null, List.of()))))
                .containsExactly("summary:summary-too-long");
        assertThat(keys(QualityChecks.of(new QualityChecks.Subject(
                        ItemKind.EXPERIENCE,
                        EN,
                        new TranslatableText("T", "t", null, "B", "Berlin"),
                        EN,
                        null,
                        List.of()))))
                .as("experience entries have no summary")
                .isEmpty();
    }

    @Test
    void titleLengthCountsCharactersAsReadersSeeThem() {
        String sixtyHindiSyllables = "कि".repeat(60); // 120 code points, 60 characters
        assertThat(keys(QualityChecks.of(new QualityChecks.Subject(
                        ItemKind.POST, HI, post(sixtyHindiSyllables, "सार", "पाठ"), HI, null, List.of()))))
                .isEmpty();
    }

    @Test
    void invalidCharacters() {
        List<Finding> found = QualityChecks.of(new QualityChecks.Subject(
                ItemKind.POST, EN, post("Caf\uFFFD", "Icon \uE000", "Unassigned \u0378 here"), EN, null, List.of()));
        assertThat(found)
                .extracting(Finding::key, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title:replacement-character", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("body:unassigned-character", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("summary:private-use-character", Severity.WARNING));
        assertThat(found.get(1).parameters()).containsEntry("characters", "U+0378");
    }

    @Test
    void brokenLinksAreErrorsOnTheBody() {
        List<Finding> found = QualityChecks.of(new QualityChecks.Subject(
                ItemKind.POST,
                EN,
                post("T", "S", "B"),
                EN,
                null,
                List.of(new LinkCheck.BrokenLink("/blog/x", "nothing is published here", "/blog/y"))));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.BROKEN_LINK);
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).isEqualTo("/blog/x: nothing is published here; its live version here is /blog/y");
        });
    }

    @Test
    void acknowledgedWarningsAreKeptAsJsonAndReadBack() {
        List<Finding> warnings = QualityChecks.warnings(check(DE, SOURCE));
        List<Finding> accepted = AcknowledgedWarnings.among(warnings, Set.of("title:identical-to-source", "x:y"));
        assertThat(keys(accepted)).containsExactly("title:identical-to-source");
        String json = AcknowledgedWarnings.toJson(accepted);
        assertThat(AcknowledgedWarnings.fromJson(json)).isEqualTo(accepted);
        assertThat(AcknowledgedWarnings.toJson(List.of())).isNull();
        List<Finding> numbers =
                List.of(new Finding("body", Code.NUMBERS_MISSING, Severity.WARNING, java.util.Map.of("numbers", "12")));
        assertThat(AcknowledgedWarnings.fromJson(AcknowledgedWarnings.toJson(numbers)))
                .isEqualTo(numbers);
    }
}
