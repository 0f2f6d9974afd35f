package org.glossa.localization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {

    private static final YearMonth AUG_2021 = YearMonth.of(2021, 8);
    private static final YearMonth MAR_2019 = YearMonth.of(2019, 3);
    private static final YearMonth JUL_2021 = YearMonth.of(2021, 7);
    private static final String THIN_SPACE = "\u2009";

    private static LocaleDefinition locale(String tag) {
        return LocaleCatalog.standard().get(tag);
    }

    private static Formats formats(String tag) {
        return Formats.of(locale(tag));
    }

    @Nested
    class English {
        private final Formats en = formats("en");

        @Test
        void monthYearIsAbbreviatedMonthAndYear() {
            assertThat(en.monthYear(AUG_2021)).isEqualTo("Aug 2021");
        }

        @Test
        void openRangeRunsToPresent() {
            // the bundle's "{start} – {present}" uses ordinary spaces around the en dash
            assertThat(en.monthRange(AUG_2021, null)).isEqualTo("Aug 2021 – Present");
        }

        @Test
        void closedRangeUsesIcuIntervalPattern() {
            // CLDR puts thin spaces around the en dash of English intervals
            assertThat(en.monthRange(MAR_2019, JUL_2021))
                    .isEqualTo("Mar 2019" + THIN_SPACE + "–" + THIN_SPACE + "Jul 2021");
        }

        @Test
        void rangeWithinOneMonthIsThatMonth() {
            assertThat(en.monthRange(JUL_2021, JUL_2021)).isEqualTo("Jul 2021");
        }

        @Test
        void rangeEndingBeforeItStartsIsRejected() {
            assertThatThrownBy(() -> en.monthRange(JUL_2021, MAR_2019)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void durationCountsFirstAndLastMonth() {
            assertThat(en.duration(AUG_2021, AUG_2021, YearMonth.of(2030, 1))).isEqualTo("1 mth");
            assertThat(en.duration(YearMonth.of(2021, 1), YearMonth.of(2021, 11), null))
                    .isEqualTo("11 mths");
            assertThat(en.duration(YearMonth.of(2019, 1), YearMonth.of(2020, 12), null))
                    .isEqualTo("2 yrs");
            assertThat(en.duration(MAR_2019, JUL_2021, null)).isEqualTo("2 yrs, 5 mths");
        }

        @Test
        void openDurationRunsUpToAndIncludingToday() {
            assertThat(en.duration(AUG_2021, null, AUG_2021)).isEqualTo("1 mth");
            assertThat(en.duration(AUG_2021, null, YearMonth.of(2022, 7))).isEqualTo("1 yr");
            assertThat(en.duration(MAR_2019, null, JUL_2021)).isEqualTo("2 yrs, 5 mths");
        }

        @Test
        void durationEndingBeforeItStartsIsRejected() {
            assertThatThrownBy(() -> en.duration(JUL_2021, null, MAR_2019))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void dateIsMediumDateOfTheDayInTheZone() {
            Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");
            assertThat(en.date(lateEvening, ZoneOffset.UTC)).isEqualTo("Nov 24, 2026");
            assertThat(en.date(lateEvening, ZoneId.of("Asia/Tokyo"))).isEqualTo("Nov 25, 2026");
            assertThat(en.date(lateEvening, ZoneId.of("America/Los_Angeles"))).isEqualTo("Nov 24, 2026");
        }
    }

    @Test
    void inclusiveMonthsCountsBothEnds() {
        assertThat(Formats.inclusiveMonths(AUG_2021, AUG_2021)).isEqualTo(1);
        assertThat(Formats.inclusiveMonths(MAR_2019, JUL_2021)).isEqualTo(29);
        assertThat(Formats.inclusiveMonths(YearMonth.of(2020, 12), YearMonth.of(2021, 1)))
                .isEqualTo(2);
    }

    @Test
    void isoDateIsTheSameInEveryLocaleAndFollowsTheZone() {
        Instant instant = Instant.parse("2026-11-24T23:30:00Z");
        for (String tag : LocaleCatalog.standard().tags()) {
            assertThat(formats(tag).isoDate(instant, ZoneOffset.UTC)).as(tag).isEqualTo("2026-11-24");
            assertThat(formats(tag).isoDate(instant, ZoneId.of("Asia/Tokyo")))
                    .as(tag)
                    .isEqualTo("2026-11-25");
        }
    }

    @Test
    void germanUsesItsOwnMonthsAndBundle() {
        Formats de = formats("de");
        String present = Messages.of(locale("de")).text("experience.present");

        assertThat(de.monthYear(MAR_2019)).isEqualTo("März 2019");
        assertThat(de.monthRange(AUG_2021, null))
                .startsWith(de.monthYear(AUG_2021))
                .endsWith(present);
        assertThat(de.duration(MAR_2019, JUL_2021, null))
                .contains("Mon.")
                .isNotEqualTo(formats("en").duration(MAR_2019, JUL_2021, null));
        assertThat(de.date(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC))
                .isEqualTo("24.11.2026");
    }

    @Test
    void japaneseUsesYearAndMonthCharactersAndItsOwnIntervalPattern() {
        Formats ja = formats("ja");
        assertThat(ja.monthYear(AUG_2021)).isEqualTo("2021年8月");
        assertThat(ja.monthRange(MAR_2019, JUL_2021)).isEqualTo("2019年3月～2021年7月");
        assertThat(ja.monthRange(AUG_2021, null))
                .startsWith("2021年8月")
                .contains(Messages.of(locale("ja")).text("experience.present"));
        assertThat(ja.duration(MAR_2019, JUL_2021, null)).contains("年").contains("月");
    }

    @Test
    void arabicUsesArabicScriptAndTheLocalesDigits() {
        Formats ar = formats("ar");
        String monthYear = ar.monthYear(AUG_2021);

        assertThat(monthYear)
                .contains(localizedYear("ar", 2021))
                .isNotEqualTo(formats("en").monthYear(AUG_2021));
        assertThat(monthYear.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.ARABIC))
                .as(monthYear)
                .isTrue();
        assertThat(ar.monthRange(AUG_2021, null))
                .contains(Messages.of(locale("ar")).text("experience.present"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.glossa.localization.control.MessageBundlesTest#localeTags")
    void everyLocaleFormatsEverythingWithItsOwnDigits(String tag) {
        Formats formats = formats(tag);
        String year = localizedYear(tag, 2021);
        Instant instant = Instant.parse("2021-07-15T12:00:00Z");

        assertThat(formats.monthYear(JUL_2021)).contains(year);
        assertThat(formats.monthRange(MAR_2019, JUL_2021)).contains(year).contains(localizedYear(tag, 2019));
        assertThat(formats.monthRange(JUL_2021, null))
                .contains(formats.monthYear(JUL_2021))
                .contains(Messages.of(locale(tag)).text("experience.present"));
        assertThat(formats.duration(MAR_2019, JUL_2021, null)).isNotBlank();
        assertThat(formats.date(instant, ZoneOffset.UTC)).contains(year);
    }

    @Nested
    class Plurals {

        private static final String KEY = "blog.untranslated";

        @Test
        void russianHasThreeFormsForOneFewAndMany() {
            assertThat(Stream.of(1, 2, 5).map(n -> form("ru", n)).distinct()).hasSize(3);
            assertFormsFollowTheBundle("ru", 0, 1, 2, 4, 5, 11, 21, 22, 25, 101, 111);
        }

        @Test
        void polishHasThreeFormsForOneFewAndMany() {
            assertThat(Stream.of(1, 2, 5).map(n -> form("pl", n)).distinct()).hasSize(3);
            assertFormsFollowTheBundle("pl", 0, 1, 2, 4, 5, 12, 21, 22, 25, 112);
        }

        @Test
        void arabicFollowsItsBundleForZeroOneTwoFewManyAndOther() {
            assertFormsFollowTheBundle("ar", 0, 1, 2, 3, 11, 100);
        }

        @Test
        void englishHasOneAndOther() {
            Messages en = Messages.of(locale("en"));
            assertThat(en.format(KEY, Map.of("count", 1)))
                    .isEqualTo("1 more post has not been translated into this language yet.");
            assertThat(en.format(KEY, Map.of("count", 2)))
                    .isEqualTo("2 more posts have not been translated into this language yet.");
        }

        /**
         * Each count gets the sub-message the bundle's pattern selects for it: two counts give the same
         * wording exactly when their sub-messages have the same source text (Arabic 'many' and 'other' may).
         */
        private void assertFormsFollowTheBundle(String tag, int... counts) {
            LocaleDefinition locale = locale(tag);
            ChoiceArguments.Choice count =
                    ChoiceArguments.of(Messages.of(locale).pattern(KEY)).named("count");

            for (int n : counts) {
                for (int m : counts) {
                    String subMessageN = count.subMessages().get(count.selectorFor(n, locale.uLocale()));
                    String subMessageM = count.subMessages().get(count.selectorFor(m, locale.uLocale()));
                    boolean sameWording = form(tag, n).equals(form(tag, m));
                    assertThat(sameWording)
                            .as(
                                    "%s: counts %d (%s) and %d (%s) should read %s",
                                    tag,
                                    n,
                                    form(tag, n),
                                    m,
                                    form(tag, m),
                                    subMessageN.equals(subMessageM) ? "alike" : "differently")
                            .isEqualTo(subMessageN.equals(subMessageM));
                }
            }
        }

        /** The formatted message with every number replaced by '#', so that only the wording is compared. */
        private String form(String tag, int count) {
            return Messages.of(locale(tag)).format(KEY, Map.of("count", count)).replaceAll("\\p{Nd}+", "#");
        }
    }

    private static String localizedYear(String tag, int year) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale(tag).uLocale());
        format.setGroupingUsed(false);
        return format.format(year);
    }
}
