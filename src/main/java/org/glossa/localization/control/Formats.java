package org.glossa.localization.control;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Dates, month ranges and role durations in one locale, all composed by ICU (never by concatenating
 * localized parts). Instances are cached per locale and thread-safe.
 *
 * <p>Calendar arithmetic (time zones, month counts) is done with {@code java.time}; ICU only renders a
 * calendar date, always as noon UTC in a formatter set to UTC, so ICU's time-zone data never matters and
 * {@link #date} and {@link #isoDate} always agree on the day. ICU {@link DateFormat} and
 * {@link DateIntervalFormat} are not thread-safe and are created per call (ICU caches their data);
 * {@link MeasureFormat} is immutable and shared.
 */
public final class Formats {

    private static final String MONTH_YEAR_SKELETON = "yMMM";
    private static final ConcurrentMap<String, Formats> BY_TAG = new ConcurrentHashMap<>();

    private final LocaleDefinition locale;
    private final ULocale uLocale;
    /** Month values are ISO (Gregorian) data, so they are shown in the Gregorian calendar whatever the locale's default. */
    private final ULocale gregorianLocale;

    private final MeasureFormat durationFormat;

    private Formats(LocaleDefinition locale) {
        this.locale = locale;
        this.uLocale = locale.uLocale();
        this.gregorianLocale = uLocale.getKeywordValue("calendar") == null
                ? uLocale.setKeywordValue("calendar", "gregorian")
                : uLocale;
        this.durationFormat = MeasureFormat.getInstance(uLocale, MeasureFormat.FormatWidth.SHORT);
    }

    public static Formats of(LocaleDefinition locale) {
        return BY_TAG.computeIfAbsent(locale.tag(), tag -> new Formats(locale));
    }

    public LocaleDefinition locale() {
        return locale;
    }

    /** Abbreviated month and year in the locale's own order: "Aug 2021", "août 2021", "2021年8月". */
    public String monthYear(YearMonth month) {
        DateFormat format = DateFormat.getInstanceForSkeleton(MONTH_YEAR_SKELETON, gregorianLocale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(noonUtc(month.atDay(1)));
    }

    /**
     * A role's months: "Mar 2019 – Jul 2021" with the locale's interval pattern (a single month when start
     * and end are equal), or start to the bundle's "present" when the end is {@code null}.
     */
    public String monthRange(YearMonth start, YearMonth endOrNull) {
        if (endOrNull == null) {
            Messages messages = Messages.of(locale);
            return messages.format(
                    "experience.dateRangeToPresent",
                    Map.of("start", monthYear(start), "present", messages.text("experience.present")));
        }
        requireNotBefore(start, endOrNull);
        DateIntervalFormat format = DateIntervalFormat.getInstance(MONTH_YEAR_SKELETON, gregorianLocale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new DateInterval(
                noonUtc(start.atDay(1)).getTime(), noonUtc(endOrNull.atDay(1)).getTime()));
    }

    /**
     * How long a role lasted, counting its first and last month (2021-08 to 2021-08 is one month), in
     * ICU's short units: "2 yrs, 5 mths", "11 mths", "2 yrs". An open role ({@code null} end) runs up to
     * and including {@code today}'s month.
     */
    public String duration(YearMonth start, YearMonth endInclusiveOrNull, YearMonth today) {
        int months = inclusiveMonths(start, endInclusiveOrNull == null ? today : endInclusiveOrNull);
        List<Measure> parts = new ArrayList<>(2);
        if (months >= 12) {
            parts.add(new Measure(months / 12, MeasureUnit.YEAR));
        }
        if (months % 12 != 0) {
            parts.add(new Measure(months % 12, MeasureUnit.MONTH));
        }
        return durationFormat.formatMeasures(parts.toArray(Measure[]::new));
    }

    /** Medium-length date of the instant's day in the zone: "Nov 24, 2026", "24.11.2026". */
    public String date(Instant instant, ZoneId zone) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, uLocale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(noonUtc(LocalDate.ofInstant(instant, zone)));
    }

    /** The instant's day in the zone as yyyy-MM-dd, for {@code <time datetime>}; the same in every locale. */
    public String isoDate(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofInstant(instant, zone));
    }

    /** Months from start to end, both included. */
    static int inclusiveMonths(YearMonth start, YearMonth endInclusive) {
        requireNotBefore(start, endInclusive);
        return Math.toIntExact(start.until(endInclusive, ChronoUnit.MONTHS) + 1);
    }

    private static void requireNotBefore(YearMonth start, YearMonth end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    private static Date noonUtc(LocalDate day) {
        return Date.from(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
    }
}
