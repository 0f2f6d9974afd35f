package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ibm.icu.text.Normalizer2;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugPolicyTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final String ASCII_SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** Realistic titles for every published locale, including their hard letters and punctuation. */
    private static final Map<String, List<String>> TITLES = Map.ofEntries(
            Map.entry("en", List.of("Don't Panic: A Guide", "Zoë’s Café — © 2024", "½ Price ﬁnal Sale²")),
            Map.entry("de", List.of("Über Straßen für Zoë", "ÄRGER ÖL ÜBEL GROẞ", "Wie geht's?")),
            Map.entry("fr", List.of("L'été à Noël", "Qu’est-ce que c’est ?", "Œuvres d’art à Paris")),
            Map.entry("es", List.of("¿Mañana en España?", "¡Señor Núñez!")),
            Map.entry("it", List.of("L'Italia dell'arte", "Perché è così")),
            Map.entry("pt-BR", List.of("Ação e coração", "São Paulo à noite")),
            Map.entry("nl", List.of("IJsselmeer café's", "Zo'n één")),
            Map.entry("pl", List.of("Łódź i Żółć", "Zażółć gęślą jaźń")),
            Map.entry("tr", List.of("İstanbul'da Işık", "IĞDIR ŞİŞLİ ÇÖZÜM")),
            Map.entry("ru", List.of("Привет, Мир!", "ЁЖИК В ТУМАНЕ", "Java и Jakarta EE 10")),
            Map.entry("ar", List.of("مرحبا، يا عالم؟", "كَتَبَ الطالبُ", "عـــربي\u200F")),
            Map.entry("ur", List.of("خبریں اردو", "کیا حال ہے؟", "می\u200Cخواهم")),
            Map.entry("hi", List.of("हिन्दी समाचार", "नमस्ते। दुनिया!", "क्\u200Dष और ज्ञ")),
            Map.entry("zh-Hans", List.of("多语言网站的网址", "你好，世界！", "「简体」、中文。")),
            Map.entry("ja", List.of("多言語サイトの作り方", "「東京」、大阪。", "コーヒー・ブレイク", "ＡＢＣ１２３の話")),
            Map.entry("ko", List.of("한국어 웹사이트", "안녕하세요, 세계!")),
            Map.entry("vi", List.of("Tiếng Việt đẹp", "ĐÀ NẴNG Ở ĐÂU?")));

    private static LocaleDefinition locale(String tag) {
        return CATALOG.get(tag);
    }

    private static String slugify(String title, String tag) {
        return SlugPolicy.slugify(title, locale(tag));
    }

    private static InvalidSlugException validationFailure(String slug, String tag) {
        return catchThrowableOfType(InvalidSlugException.class, () -> SlugPolicy.validate(slug, locale(tag)));
    }

    static Stream<Arguments> titlesOfEveryLocale() {
        return TITLES.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(title -> Arguments.of(entry.getKey(), title)));
    }

    static Stream<Arguments> slugsOfEveryLocale() {
        return titlesOfEveryLocale().map(arguments -> {
            String tag = (String) arguments.get()[0];
            return Arguments.of(tag, slugify((String) arguments.get()[1], tag));
        });
    }

    // ---------------------------------------------------------------- ASCII locales

    @Test
    void germanUmlautsBecomeTwoLetterSpellings() {
        assertThat(slugify("Über Straßen für Zoë", "de")).isEqualTo("ueber-strassen-fuer-zoe");
    }

    @Test
    void germanUpperCaseUmlautsAndCapitalSharpSAreSpelledOutToo() {
        assertThat(slugify("ÄRGER ÖL ÜBEL GROẞ", "de")).isEqualTo("aerger-oel-uebel-gross");
    }

    @Test
    void otherLocalesSimplyDropTheUmlautDots() {
        assertThat(slugify("Über Straßen für Zoë", "en")).isEqualTo("uber-strassen-fur-zoe");
    }

    @Test
    void turkishDottedAndDotlessIAreBothPlainI() {
        assertThat(slugify("İstanbul'da Işık", "tr")).isEqualTo("istanbulda-isik");
        assertThat(slugify("IĞDIR ŞİŞLİ ÇÖZÜM", "tr")).isEqualTo("igdir-sisli-cozum");
    }

    @Test
    void turkishCapitalDottedIDoesNotLeaveACombiningDotInAnyLocale() {
        assertThat(slugify("İZMİR", "tr")).isEqualTo("izmir");
        assertThat(slugify("İZMİR", "en")).isEqualTo("izmir").doesNotContain("\u0307");
    }

    @Test
    void vietnameseDiacriticsAreRemoved() {
        assertThat(slugify("Tiếng Việt đẹp", "vi")).isEqualTo("tieng-viet-dep");
        assertThat(slugify("ĐÀ NẴNG Ở ĐÂU?", "vi")).isEqualTo("da-nang-o-dau");
    }

    @Test
    void frenchApostropheSeparatesTheElidedWord() {
        assertThat(slugify("L'été à Noël", "fr")).isEqualTo("l-ete-a-noel");
        assertThat(slugify("Qu’est-ce que c’est ?", "fr")).isEqualTo("qu-est-ce-que-c-est");
    }

    @Test
    void italianApostropheSeparatesTheElidedWord() {
        assertThat(slugify("L'Italia dell'arte", "it")).isEqualTo("l-italia-dell-arte");
    }

    @Test
    void apostropheJoinsContractionsAndSuffixesOutsideFrenchAndItalian() {
        assertThat(slugify("Don't Panic", "en")).isEqualTo("dont-panic");
        assertThat(slugify("Zoë’s Café", "en")).isEqualTo("zoes-cafe");
        assertThat(slugify("Wie geht's?", "de")).isEqualTo("wie-gehts");
        assertThat(slugify("IJsselmeer café's", "nl")).isEqualTo("ijsselmeer-cafes");
    }

    @Test
    void polishSpanishAndPortugueseLettersLoseTheirDiacritics() {
        assertThat(slugify("Łódź i Żółć", "pl")).isEqualTo("lodz-i-zolc");
        assertThat(slugify("¿Mañana en España?", "es")).isEqualTo("manana-en-espana");
        assertThat(slugify("Ação e coração", "pt-BR")).isEqualTo("acao-e-coracao");
    }

    @Test
    void compatibilityCharactersAndSymbolsBecomeAsciiWords() {
        assertThat(slugify("½ Price ﬁnal Sale²", "en")).isEqualTo("1-2-price-final-sale2");
        assertThat(slugify("ＦＵＬＬ　ＷＩＤＴＨ", "en")).isEqualTo("full-width");
    }

    @Test
    void punctuationAndWhitespaceCollapseToSingleHyphens() {
        assertThat(slugify("  Hello,   World!! --- Again…  ", "en")).isEqualTo("hello-world-again");
    }

    @Test
    void invisibleCharactersDoNotSplitWords() {
        assertThat(slugify("Zo\u00ADë\u200B’s", "en")).isEqualTo("zoes");
    }

    @Test
    void titleWithNothingTheLocaleCanWriteInAsciiIsRejected() {
        assertThatThrownBy(() -> slugify("Привет", "en"))
                .isInstanceOf(InvalidSlugException.class)
                .hasMessageContaining("no letters or digits")
                .hasMessageContaining("en");
    }

    // ---------------------------------------------------------------- native locales

    @Test
    void urduKeepsNativeScript() {
        assertThat(slugify("خبریں اردو", "ur")).isEqualTo("خبریں-اردو");
        assertThat(slugify("کیا حال ہے؟", "ur")).isEqualTo("کیا-حال-ہے");
    }

    @Test
    void arabicKeepsHarakatAndTurnsArabicPunctuationIntoHyphens() {
        assertThat(slugify("مرحبا، يا عالم؟", "ar")).isEqualTo("مرحبا-يا-عالم");
        assertThat(slugify("كَتَبَ الطالبُ", "ar")).isEqualTo("كَتَبَ-الطالبُ");
    }

    @Test
    void tatweelAndBidiMarksAreDropped() {
        assertThat(slugify("\u200Fعـــربي\u200F", "ar")).isEqualTo("عربي");
    }

    @Test
    void zeroWidthJoinersAndNonJoinersAreDropped() {
        assertThat(slugify("می\u200Cخواهم", "ur")).isEqualTo("میخواهم");
        assertThat(slugify("क्\u200Dष", "hi")).isEqualTo("क्ष");
    }

    @Test
    void hindiKeepsMatrasAndViramasAndDandaSeparatesWords() {
        assertThat(slugify("हिन्दी समाचार", "hi")).isEqualTo("हिन्दी-समाचार");
        assertThat(slugify("नमस्ते। दुनिया!", "hi")).isEqualTo("नमस्ते-दुनिया");
    }

    @Test
    void chineseKeepsNativeScript() {
        assertThat(slugify("多语言网站的网址", "zh-Hans")).isEqualTo("多语言网站的网址");
        assertThat(slugify("你好，世界！", "zh-Hans")).isEqualTo("你好-世界");
    }

    @Test
    void japaneseKeepsNativeScriptAndCjkPunctuationSeparatesWords() {
        assertThat(slugify("多言語サイトの作り方", "ja")).isEqualTo("多言語サイトの作り方");
        assertThat(slugify("「東京」、大阪。", "ja")).isEqualTo("東京-大阪");
        assertThat(slugify("コーヒー・ブレイク", "ja")).isEqualTo("コーヒー-ブレイク");
    }

    @Test
    void koreanKeepsNativeScript() {
        assertThat(slugify("안녕하세요, 세계!", "ko")).isEqualTo("안녕하세요-세계");
    }

    @Test
    void russianIsLowerCasedInCyrillic() {
        assertThat(slugify("ЁЖИК В ТУМАНЕ", "ru")).isEqualTo("ёжик-в-тумане");
        assertThat(slugify("Java и Jakarta EE 10", "ru")).isEqualTo("java-и-jakarta-ee-10");
    }

    @Test
    void emojiVariationSelectorsAndKeycapsDoNotSurviveOnTheirOwn() {
        assertThat(slugify("❤️ Москва ❤️", "ru")).isEqualTo("москва");
        assertThat(slugify("1️⃣ шаг", "ru")).isEqualTo("1-шаг");
    }

    @Test
    void fullWidthLatinAndDigitsInCjkTitlesBecomeAscii() {
        assertThat(slugify("ＡＢＣ１２３の話", "ja")).isEqualTo("abc123の話");
        assertThat(slugify("ｶﾞｲﾄﾞ", "ja")).isEqualTo("ガイド");
    }

    @ParameterizedTest
    @ValueSource(strings = {"🎉🎉", "!!! ... ???", "  ", "「」、。", "\u200D\u0640"})
    void titleWithoutLettersOrDigitsIsRejected(String title) {
        assertThatThrownBy(() -> slugify(title, "ja"))
                .isInstanceOf(InvalidSlugException.class)
                .hasMessageContaining("contains no letters or digits");
        assertThatThrownBy(() -> slugify(title, "en")).isInstanceOf(InvalidSlugException.class);
    }

    // ---------------------------------------------------------------- every locale

    @Test
    void everyPublishedLocaleHasSampleTitles() {
        assertThat(TITLES.keySet()).containsExactlyInAnyOrderElementsOf(CATALOG.tags());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("titlesOfEveryLocale")
    void everySlugifyResultPassesValidation(String tag, String title) {
        String slug = slugify(title, tag);

        SlugPolicy.validate(slug, locale(tag));
        if (locale(tag).slugScript() == LocaleDefinition.SlugScript.ASCII) {
            assertThat(slug).matches(ASCII_SLUG);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("titlesOfEveryLocale")
    void nfdInputGivesTheSameSlugAsNfc(String tag, String title) {
        assertThat(slugify(NFD.normalize(title), tag)).isEqualTo(slugify(NFC.normalize(title), tag));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("slugsOfEveryLocale")
    void slugifyingASlugLeavesItUnchanged(String tag, String slug) {
        assertThat(slugify(slug, tag)).isEqualTo(slug);
    }

    // ---------------------------------------------------------------- truncation

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String title = IntStream.rangeClosed(1, 40).mapToObj(n -> "word" + n).collect(Collectors.joining(" "));
        String full = String.join("-", title.split(" "));

        String slug = slugify(title, "en");

        assertThat(slug.length()).isLessThanOrEqualTo(SlugPolicy.MAX_CODE_POINTS);
        assertThat(full).startsWith(slug + "-");
        assertThat(slug).endsWith("word15"); // "-word16" would make it 102 long
    }

    @Test
    void titleWhoseHundredthCharacterEndsAWordKeepsThatWord() {
        String title = "a".repeat(49) + " " + "b".repeat(50) + " tail";

        assertThat(slugify(title, "en")).isEqualTo("a".repeat(49) + "-" + "b".repeat(50));
    }

    @Test
    void singleOverLongWordIsCutAtTheLimit() {
        assertThat(slugify("x".repeat(150), "en")).isEqualTo("x".repeat(100));
    }

    @Test
    void longNativeWordIsCutWithoutSeparatingALetterFromItsMatra() {
        String slug = slugify("क" + "कि".repeat(60), "hi");

        assertThat(slug.codePointCount(0, slug.length())).isEqualTo(99);
        assertThat(slug).endsWith("कि");
    }

    @Test
    void longNativeTitlesCountCodePointsNotChars() {
        String word = "𠀋𠀌𠀍𠀎"; // supplementary CJK ideographs, two chars each
        String slug = slugify(String.join("、", Collections.nCopies(30, word)), "zh-Hans");

        assertThat(slug.codePointCount(0, slug.length())).isEqualTo(99);
        SlugPolicy.validate(slug, locale("zh-Hans"));
    }

    // ---------------------------------------------------------------- validation

    @Test
    void validationRejectsUpperCase() {
        assertThat(validationFailure("Ueber-strassen", "de").reason()).isEqualTo("slug must be lower-case");
        assertThat(validationFailure("Привет-мир", "ru").reason()).isEqualTo("slug must be lower-case");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/", "?", "#", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "%", ".", "<", ">",
                "\"", "\\", "^", "`", "{", "|", "}"
            })
    void validationRejectsReservedCharacters(String reserved) {
        for (String tag : List.of("en", "ru", "ja")) {
            assertThat(validationFailure("ab" + reserved + "cd", tag).reason())
                    .isEqualTo("slug contains '" + reserved + "' which is not allowed in a URL path segment");
        }
    }

    @Test
    void validationRejectsNfd() {
        assertThat(validationFailure(NFD.normalize("ёжик"), "ru").reason())
                .isEqualTo("slug must be in Unicode normalization form NFC");
        assertThat(validationFailure(NFD.normalize("آخر-الأخبار"), "ar").reason())
                .isEqualTo("slug must be in Unicode normalization form NFC");
        assertThat(validationFailure(NFD.normalize("한국어-웹사이트"), "ko").reason())
                .isEqualTo("slug must be in Unicode normalization form NFC");
    }

    @Test
    void validationRejectsWhitespaceControlAndInvisibleCharacters() {
        assertThat(validationFailure("a b", "en").reason()).startsWith("slug contains whitespace U+0020");
        assertThat(validationFailure("a\u3000b", "ja").reason()).startsWith("slug contains whitespace U+3000");
        assertThat(validationFailure("a\u0007b", "ru").reason()).startsWith("slug contains control character U+0007");
        assertThat(validationFailure("می\u200Cخواهم", "ur").reason())
                .isEqualTo("slug contains invisible character U+200C ZERO WIDTH NON-JOINER");
        assertThat(validationFailure("عربي\u200F", "ar").reason()).contains("U+200F RIGHT-TO-LEFT MARK");
        assertThat(validationFailure("عـربي", "ar").reason()).startsWith("slug contains tatweel U+0640");
    }

    @Test
    void validationRejectsMisplacedHyphens() {
        assertThat(validationFailure("-abc", "en").reason()).isEqualTo("slug must not start with '-'");
        assertThat(validationFailure("abc-", "ru").reason()).isEqualTo("slug must not end with '-'");
        assertThat(validationFailure("ab--c", "zh-Hans").reason()).startsWith("slug must not contain '--'");
    }

    @Test
    void validationRejectsEmptyAndOverLongSlugs() {
        assertThat(validationFailure("", "en").reason()).isEqualTo("slug must not be empty");
        assertThat(validationFailure(null, "en").reason()).isEqualTo("slug must not be empty");
        assertThat(validationFailure("a".repeat(101), "en").reason())
                .isEqualTo("slug is 101 code points long; at most 100 are allowed");
        SlugPolicy.validate("a".repeat(100), locale("en"));
    }

    @Test
    void validationRejectsNonAsciiLettersInAsciiLocales() {
        assertThat(validationFailure("ete-à-noel", "fr").reason())
                .isEqualTo("slug contains 'à' (U+00E0); slugs for locale fr may only use a-z, 0-9 and '-'");
        assertThat(validationFailure("a_b", "en").reason()).contains("'_' (U+005F)");
    }

    @Test
    void validationRejectsSymbolsAndOrphanMarksInNativeLocales() {
        assertThat(validationFailure("東京~大阪", "ja").reason())
                .isEqualTo("slug contains '~' (U+007E), which is neither a letter, a mark, a number nor '-'");
        assertThat(validationFailure("привет-\u0301мир", "ru").reason())
                .startsWith("slug contains combining mark U+0301");
        assertThat(validationFailure("\u093Fनमस्ते", "hi").reason()).startsWith("slug contains combining mark U+093F");
    }

    @Test
    void validationAcceptsNativeScriptsWithTheirMarks() {
        SlugPolicy.validate("हिन्दी-समाचार", locale("hi"));
        SlugPolicy.validate("كَتَبَ-الطالبُ", locale("ar"));
        SlugPolicy.validate("多言語サイトの作り方", locale("ja"));
        SlugPolicy.validate("java-и-jakarta-ee-10", locale("ru"));
    }

    @Test
    void exceptionCarriesTheSlugAndTheReason() {
        InvalidSlugException failure = validationFailure("Ab", "en");

        assertThat(failure).isInstanceOf(IllegalArgumentException.class);
        assertThat(failure.slug()).isEqualTo("Ab");
        assertThat(failure.reason()).isEqualTo("slug must be lower-case");
        assertThat(failure).hasMessage("slug must be lower-case: \"Ab\"");
    }

    // ---------------------------------------------------------------- canonical form

    @Test
    void canonicalFormMapsNfdAndUpperCaseToStoredSlug() {
        assertThat(SlugPolicy.canonicalForm(NFD.normalize("ЁЖИК-В-ТУМАНЕ"), locale("ru")))
                .isEqualTo("ёжик-в-тумане");
        assertThat(SlugPolicy.canonicalForm(NFD.normalize("كَتَبَ"), locale("ar")))
                .isEqualTo("كَتَبَ");
        assertThat(SlugPolicy.canonicalForm("UEBER-STRASSEN", locale("de"))).isEqualTo("ueber-strassen");
    }

    @Test
    void canonicalFormOfAnUpperCaseTurkishAsciiSlugUsesPlainI() {
        assertThat(SlugPolicy.canonicalForm("ISTANBULDA-ISIK", locale("tr"))).isEqualTo("istanbulda-isik");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("slugsOfEveryLocale")
    void canonicalFormLeavesEveryValidSlugUnchanged(String tag, String slug) {
        assertThat(SlugPolicy.canonicalForm(slug, locale(tag))).isEqualTo(slug);
    }

    // ---------------------------------------------------------------- percent-encoding

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("slugsOfEveryLocale")
    void encodingRoundTrips(String tag, String slug) {
        String encoded = SlugPolicy.encodePathSegment(slug);

        assertThat(encoded).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+");
        assertThat(SlugPolicy.decodePathSegment(encoded)).contains(slug);
    }

    @Test
    void encodingKeepsUnreservedAsciiAndWritesUpperCaseHex() {
        assertThat(SlugPolicy.encodePathSegment("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(SlugPolicy.encodePathSegment("über")).isEqualTo("%C3%BCber");
        assertThat(SlugPolicy.encodePathSegment("a b+c/d")).isEqualTo("a%20b%2Bc%2Fd");
        assertThat(SlugPolicy.encodePathSegment("خبریں")).isEqualTo("%D8%AE%D8%A8%D8%B1%DB%8C%DA%BA");
        assertThat(SlugPolicy.encodePathSegment("𠀋")).isEqualTo("%F0%A0%80%8B");
    }

    @Test
    void encodingRejectsAnUnpairedSurrogate() {
        assertThatThrownBy(() -> SlugPolicy.encodePathSegment("a\uD800b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodingAcceptsLowerCaseHexAndLiteralCharacters() {
        assertThat(SlugPolicy.decodePathSegment("%c3%bcber")).contains("über");
        assertThat(SlugPolicy.decodePathSegment("东京-%E5%A4%A7%E9%98%AA")).contains("东京-大阪");
        assertThat(SlugPolicy.decodePathSegment("")).contains("");
    }

    @Test
    void plusIsNotASpaceInAPathSegment() {
        assertThat(SlugPolicy.decodePathSegment("a+b")).contains("a+b");
        assertThat(SlugPolicy.decodePathSegment("a%2Bb")).contains("a+b");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%",
                "%2",
                "abc%",
                "%G1",
                "%zz",
                "%-1",
                "%٣٣",
                "%Ａ1", // malformed escapes
                "%C3",
                "%C3%28",
                "%FF",
                "%80",
                "%C0%AF",
                "%E0%80%AF",
                "%ED%A0%80",
                "%F4%90%80%80", // invalid UTF-8
                "a\uD800b"
            }) // unpaired surrogate
    void malformedPercentEncodingIsRejected(String raw) {
        assertThat(SlugPolicy.decodePathSegment(raw)).isEmpty();
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void slugifyGivesTheSameResultsWhenCalledFromManyThreads() throws Exception {
        List<Arguments> samples = titlesOfEveryLocale().toList();
        Set<String> expected = samples.stream()
                .map(arguments ->
                        slugify((String) arguments.get()[1], (String) arguments.get()[0]))
                .collect(Collectors.toSet());
        Callable<Set<String>> slugifyAll = () -> samples.stream()
                .map(arguments ->
                        slugify((String) arguments.get()[1], (String) arguments.get()[0]))
                .collect(Collectors.toSet());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Set<String>>> results = pool.invokeAll(Collections.nCopies(200, slugifyAll));
            for (Future<Set<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
