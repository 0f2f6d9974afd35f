package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.Experience;
import org.glossa.content.entity.Workplace;
import org.junit.jupiter.api.Test;

class ExperienceFactsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static ExperienceFacts read(String organisation, String start, String end) {
        return ExperienceFacts.read(organisation, "CONTRACT", "REMOTE", start, end, 0);
    }

    private static void assertRefused(Runnable reading, String field, String message) {
        assertThatThrownBy(reading::run)
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(message);
    }

    @Test
    void anEntryIsMadeFromTheFactsAsSent() {
        Experience entry = ExperienceFacts.read("  Atlas Data ", "freelance", "Remote", "2015-01", "2015-12", 9)
                .experience("en", T0);
        assertThat(entry.sourceLocale()).isEqualTo("en");
        assertThat(entry.organisation()).isEqualTo("Atlas Data");
        assertThat(entry.employmentType()).isEqualTo(EmploymentType.FREELANCE);
        assertThat(entry.workplace()).isEqualTo(Workplace.REMOTE);
        assertThat(entry.start()).isEqualTo(YearMonth.of(2015, 1));
        assertThat(entry.endOrNull()).isEqualTo(YearMonth.of(2015, 12));
        assertThat(entry.sortOrder()).isEqualTo(9);
    }

    @Test
    void aRoleWithoutAnEndContinuesAndOneWithoutASortOrderComesFirst() {
        for (String end : new String[] {null, " "}) {
            Experience entry = ExperienceFacts.read("Atlas Data", "CONTRACT", "HYBRID", "2015-01", end, null)
                    .experience("en", T0);
            assertThat(entry.current()).isTrue();
            assertThat(entry.sortOrder()).isZero();
        }
    }

    @Test
    void theOrganisationIsRequiredAndShort() {
        String refusal = "required, at most 200 characters";
        assertRefused(() -> read("  ", "2015-01", null), "organisation", refusal);
        assertRefused(() -> read(null, "2015-01", null), "organisation", refusal);
        assertRefused(() -> read("x".repeat(201), "2015-01", null), "organisation", refusal);
        assertThat(read("x".repeat(200), "2015-01", null).experience("en", T0).organisation())
                .hasSize(200);
    }

    @Test
    void monthsAreMonthsAndARoleCannotEndBeforeItStarts() {
        assertRefused(() -> read("X", "January 2015", null), "start", "a month such as 2021-08");
        assertRefused(() -> read("X", null, null), "start", "a month such as 2021-08");
        assertRefused(() -> read("X", "2015-01", "2015-13"), "end", "a month such as 2021-08");
        assertRefused(() -> read("X", "2015-05", "2015-01"), "end", "cannot be before start");
    }

    @Test
    void monthsOutsideFourDigitYearsAreRefusedBeforeTheDatabaseSeesThem() {
        String range = "a month from 1000-01 to 9999-12, such as 2021-08";
        assertRefused(() -> read("X", "+999999999-12", null), "start", range);
        assertRefused(() -> read("X", "-5000-01", null), "start", range);
        assertRefused(() -> read("X", "2015-01", "+10000-01"), "end", range);
        assertThat(read("X", "1000-01", "9999-12").experience("en", T0).endOrNull())
                .isEqualTo(YearMonth.of(9999, 12));
    }

    @Test
    void anUnknownEmploymentTypeOrWorkplaceIsRefusedOnlyWhenTheEntryIsMade() {
        ExperienceFacts unknownType = ExperienceFacts.read("X", "SOMETIMES", "REMOTE", "2015-01", null, 0);
        assertRefused(
                () -> unknownType.experience("en", T0),
                "employmentType",
                "one of [FULL_TIME, PART_TIME, CONTRACT, FREELANCE, INTERNSHIP, SELF_EMPLOYED]");
        ExperienceFacts noWorkplace = ExperienceFacts.read("X", "CONTRACT", null, "2015-01", null, 0);
        assertRefused(() -> noWorkplace.experience("en", T0), "workplace", "one of [ON_SITE, REMOTE, HYBRID]");
    }
}
