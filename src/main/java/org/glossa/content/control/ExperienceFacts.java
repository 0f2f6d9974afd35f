package org.glossa.content.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.Experience;
import org.glossa.content.entity.Workplace;
import org.glossa.localization.control.TypedText;

/**
 * A new experience entry's language-neutral facts, read from the strings the API receives; each refusal names
 * its field. The organisation and the months are read at once; the employment type and workplace only when
 * the entry is made, after the workflow has checked the source text's slug: the order in which the API has
 * always reported mistakes.
 */
public final class ExperienceFacts {

    static final int MAX_ORGANISATION = 200;

    private final String organisation;
    private final String employmentType;
    private final String workplace;
    private final YearMonth start;
    private final YearMonth end;
    private final int sortOrder;

    private ExperienceFacts(
            String organisation,
            String employmentType,
            String workplace,
            YearMonth start,
            YearMonth end,
            int sortOrder) {
        this.organisation = organisation;
        this.employmentType = employmentType;
        this.workplace = workplace;
        this.start = start;
        this.end = end;
        this.sortOrder = sortOrder;
    }

    /**
     * @param start     a month such as {@code 2021-08}
     * @param end       the last month, or null or blank while the role continues
     * @param sortOrder position on the timeline; null puts the entry first
     */
    public static ExperienceFacts read(
            String organisation, String employmentType, String workplace, String start, String end, Integer sortOrder) {
        String name = organisation == null
                ? ""
                : TypedText.singleLine("organisation", organisation).strip();
        if (name.isEmpty() || name.length() > MAX_ORGANISATION) {
            throw new InvalidFieldException("organisation", "required, at most " + MAX_ORGANISATION + " characters");
        }
        YearMonth first = month(start, "start");
        YearMonth last = end == null || end.isBlank() ? null : month(end, "end");
        if (last != null && last.isBefore(first)) {
            throw new InvalidFieldException("end", "cannot be before start");
        }
        return new ExperienceFacts(name, employmentType, workplace, first, last, sortOrder == null ? 0 : sortOrder);
    }

    /** The entry, written in {@code sourceLocale}. */
    public Experience experience(String sourceLocale, Instant now) {
        return new Experience(
                sourceLocale,
                organisation,
                constant(EmploymentType.class, employmentType, "employmentType"),
                constant(Workplace.class, workplace, "workplace"),
                start,
                end,
                sortOrder,
                now);
    }

    /** The same facts on an existing entry, as the owner revised them. */
    public void applyTo(Experience entry, Instant now) {
        entry.revise(
                organisation,
                constant(EmploymentType.class, employmentType, "employmentType"),
                constant(Workplace.class, workplace, "workplace"),
                start,
                end,
                sortOrder,
                now);
    }

    /** Months with a four-digit year: what a career spans, and what the database's date column holds. */
    private static YearMonth month(String value, String field) {
        YearMonth month;
        try {
            month = YearMonth.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "a month such as 2021-08");
        }
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            throw new InvalidFieldException(field, "a month from 1000-01 to 9999-12, such as 2021-08");
        }
        return month;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
