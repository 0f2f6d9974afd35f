package org.glossa.editorial.control;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.control.MarkdownElements;
import org.glossa.content.entity.TranslatableText;
import org.glossa.editorial.control.Finding.Code;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The numbers of a source field should all be in its translation: a price, a year or a count lost or mistyped in
 * translation is wrong information (a warning: "3" may rightly become "three"). Each number is read in its own
 * text's locale with ICU's number parser, so {@code 1,234.5} in English, {@code 1.234,5} in German and
 * {@code ١٬٢٣٤٫٥} in Arabic are the same number. A locale's text may use its default digits, its native digits
 * or Latin ones (Arabic texts use both); whichever reading takes the longest run wins. In a body only the words
 * count: link and image addresses are not text. A field left identical to its source is not compared (its own
 * warning says it).
 */
final class NumbersKept {

    /** Digits of any script with the separators numbers are written with between them. */
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,'\u00A0\u202F\u066B\u066C\u2019]\\p{Nd}+)*");

    private NumbersKept() {}

    static List<Finding> findings(
            LocaleDefinition sourceLocale, TranslatableText source, LocaleDefinition locale, TranslatableText text) {
        List<Finding> found = new ArrayList<>();
        compare("title", sourceLocale, source.title(), locale, text.title(), found);
        compare("summary", sourceLocale, source.summary(), locale, text.summary(), found);
        compare("body", sourceLocale, words(source.body()), locale, words(text.body()), found);
        compare("location", sourceLocale, source.location(), locale, text.location(), found);
        return found;
    }

    private static String words(String markdown) {
        return markdown == null
                ? null
                : String.join("\n", MarkdownElements.of(markdown).text());
    }

    private static void compare(
            String field,
            LocaleDefinition sourceLocale,
            String source,
            LocaleDefinition locale,
            String text,
            List<Finding> found) {
        if (TextLengths.blank(source)
                || TextLengths.blank(text)
                || source.strip().equals(text.strip())) {
            return; // an identical field is a warning of its own; its numbers, read in another locale, may differ
        }
        Set<BigDecimal> translated = new HashSet<>();
        numbers(text, locale.uLocale()).forEach(n -> translated.add(n.value()));
        Set<String> missing = new LinkedHashSet<>();
        for (Found n : numbers(source, sourceLocale.uLocale())) {
            if (!translated.contains(n.value())) {
                missing.add(n.written());
            }
        }
        if (!missing.isEmpty()) {
            found.add(Finding.warning(field, Code.NUMBERS_MISSING, Map.of("numbers", String.join(", ", missing))));
        }
    }

    /** A number as written and its value (trailing zeros dropped, so {@code 2.50} is {@code 2.5}). */
    record Found(String written, BigDecimal value) {}

    /** The numbers of a text, read in its locale. */
    static List<Found> numbers(String text, ULocale locale) {
        List<NumberFormat> readings = readings(locale);
        List<Found> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String run = m.group();
            int at = 0;
            while (at < run.length()) {
                if (!Character.isDigit(run.codePointAt(at))) {
                    at += Character.charCount(run.codePointAt(at));
                    continue;
                }
                int end = at;
                Number value = null;
                for (NumberFormat reading : readings) {
                    ParsePosition position = new ParsePosition(at);
                    Number parsed = reading.parse(run, position);
                    if (parsed != null && position.getIndex() > end) {
                        end = position.getIndex();
                        value = parsed;
                    }
                }
                if (value == null) {
                    at++;
                    continue;
                }
                numbers.add(new Found(run.substring(at, end), decimal(value)));
                at = end;
            }
        }
        return numbers;
    }

    private static List<NumberFormat> readings(ULocale locale) {
        List<NumberFormat> readings = new ArrayList<>();
        for (String numbers : new String[] {null, "native", "latn"}) {
            NumberFormat format =
                    NumberFormat.getInstance(numbers == null ? locale : locale.setKeywordValue("numbers", numbers));
            format.setParseIntegerOnly(false);
            readings.add(format);
        }
        return readings;
    }

    private static BigDecimal decimal(Number n) {
        BigDecimal value = n instanceof BigDecimal b
                ? b
                : n instanceof com.ibm.icu.math.BigDecimal icu ? icu.toBigDecimal() : new BigDecimal(n.toString());
        return value.stripTrailingZeros();
    }
}
