package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.glossa.security.entity.Role;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final String GOOD_PASSWORD = "correct horse battery";

    private static ValidAccount translator(String username, String password, String displayName, String... locales) {
        return AccountRules.validate(username, password, displayName, Arrays.asList(locales), Role.TRANSLATOR);
    }

    private static InvalidAccountException invalid(Runnable validation) {
        return catchThrowableOfType(InvalidAccountException.class, validation::run);
    }

    @Test
    void usernamesAreNfkcNormalisedAndLowerCasedIndependentlyOfTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
        try {
            assertThat(translator("ＩＮＧＡ.Lind", GOOD_PASSWORD, "Inga", "de").username())
                    .isEqualTo("inga.lind");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void usernamesFollowThePattern() {
        for (String ok : List.of("abc", "a-b", "0_0", "mira.lindqvist", "x".repeat(64))) {
            assertThat(translator(ok, GOOD_PASSWORD, "X", "en").username()).isEqualTo(ok);
        }
        for (String bad : List.of("ab", ".abc", "-abc", "a b", "anna@example.com", "ännä", "x".repeat(65), " anna")) {
            assertThat(invalid(() -> translator(bad, GOOD_PASSWORD, "X", "en")).errors())
                    .as(bad)
                    .containsOnlyKeys("username");
        }
        assertThat(invalid(() -> translator(null, GOOD_PASSWORD, "X", "en")).errors())
                .containsEntry("username", "is required");
    }

    @Test
    void passwordsNeedTwelveToTenTwentyFourCharactersCountedInCodePoints() {
        assertThat(invalid(() -> translator("anna", "eleven-char", "Anna", "de"))
                        .errors())
                .containsOnlyKeys("password");
        assertThat(translator("anna", "twelve-chars", "Anna", "de").password()).isEqualTo("twelve-chars");
        assertThat(translator("anna", "😀".repeat(12), "Anna", "de").password()).hasSize(24);
        assertThat(translator("anna", "p".repeat(1024), "Anna", "de")).isNotNull();
        assertThat(invalid(() -> translator("anna", "p".repeat(1025), "Anna", "de"))
                        .errors())
                .containsOnlyKeys("password");
        assertThat(invalid(() -> translator("anna", null, "Anna", "de")).errors())
                .containsEntry("password", "is required");
    }

    @Test
    void displayNamesAreRequiredTrimmedAndAtMostTwoHundredCharacters() {
        assertThat(translator("anna", GOOD_PASSWORD, "  Anna Berg ", "de").displayName())
                .isEqualTo("Anna Berg");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, "   ", "de")).errors())
                .containsOnlyKeys("displayName");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, null, "de")).errors())
                .containsOnlyKeys("displayName");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, "a".repeat(201), "de"))
                        .errors())
                .containsOnlyKeys("displayName");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, "Anna\u0000", "de"))
                        .errors())
                .containsOnlyKeys("displayName");
        assertThat(translator("anna", GOOD_PASSWORD, "Anna\u000BBerg\u0007", "de")
                        .displayName())
                .as("pasted controls are cleaned as in every text field")
                .isEqualTo("Anna Berg");
    }

    @Test
    void translatorLocalesAreCanonicalDeduplicatedAndInCatalogueOrder() {
        assertThat(translator("anna", GOOD_PASSWORD, "Anna", "fr", "DE", "de", "pt-br")
                        .locales())
                .containsExactly("de", "fr", "pt-BR");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, "Anna")).errors())
                .containsOnlyKeys("locales");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, "Anna", "de", "xx"))
                        .errors()
                        .get("locales"))
                .contains("'xx'");
        assertThat(invalid(() -> translator("anna", GOOD_PASSWORD, "Anna", "de", null))
                        .errors())
                .containsOnlyKeys("locales");
        assertThat(invalid(() -> AccountRules.validate("anna", GOOD_PASSWORD, "Anna", null, Role.TRANSLATOR))
                        .errors())
                .containsOnlyKeys("locales");
    }

    @Test
    void theOwnerNeedsNoLocales() {
        assertThat(AccountRules.validate("owner", GOOD_PASSWORD, "Owner", List.of(), Role.OWNER)
                        .locales())
                .isEmpty();
    }

    @Test
    void everyFieldAtFaultIsReportedAtOnce() {
        assertThat(invalid(() -> translator("a", "short", "", "zz")).errors())
                .containsOnlyKeys("username", "password", "displayName", "locales");
    }

    @Test
    void theValidatedAccountNeverPrintsItsPassword() {
        assertThat(translator("anna", GOOD_PASSWORD, "Anna", "de").toString()).doesNotContain(GOOD_PASSWORD);
    }
}
