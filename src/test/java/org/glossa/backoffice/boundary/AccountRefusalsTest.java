package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.glossa.localization.control.Messages;
import org.glossa.security.control.AccountRules;
import org.glossa.security.control.InvalidAccountException;
import org.glossa.security.entity.Role;
import org.junit.jupiter.api.Test;

class AccountRefusalsTest {

    private static Map<String, String> faults(Runnable rules) {
        return catchThrowableOfType(rules::run, InvalidAccountException.class).errors();
    }

    @Test
    void everyFaultTheRulesReportForANewTranslatorHasItsOwnMessage() {
        Map<String, String> empty = faults(() -> AccountRules.validate("", "", "", List.of(), Role.TRANSLATOR));
        assertThat(empty.values())
                .allSatisfy(m -> assertThat(AccountRefusals.key(m)).isIn("required", "noLocale"));
        assertThat(AccountRefusals.key(empty.get("locales"))).isEqualTo("noLocale");

        Map<String, String> wrong = faults(() -> AccountRules.validate(
                "-Bad name",
                "short",
                "x".repeat(AccountRules.MAX_DISPLAY_NAME_LENGTH + 1),
                List.of("it"),
                Role.TRANSLATOR));
        assertThat(AccountRefusals.key(wrong.get("username"))).isEqualTo("usernameForm");
        assertThat(AccountRefusals.key(wrong.get("password"))).isEqualTo("tooShort");
        assertThat(AccountRefusals.key(wrong.get("displayName"))).isEqualTo("tooLong");
        assertThat(AccountRefusals.arguments(wrong.get("displayName")))
                .containsEntry("max", AccountRules.MAX_DISPLAY_NAME_LENGTH);

        String tooLong = faults(() -> AccountRules.validateNewPassword(
                        "newPassword", "p".repeat(AccountRules.MAX_PASSWORD_LENGTH + 1)))
                .get("newPassword");
        assertThat(AccountRefusals.key(tooLong)).isEqualTo("tooLong");
        assertThat(AccountRefusals.arguments(tooLong)).containsEntry("max", AccountRules.MAX_PASSWORD_LENGTH);
    }

    @Test
    void aFaultNotRecognisedIsStillShownAsAGeneralOne() {
        assertThat(AccountRefusals.key("something new")).isEqualTo("invalid");
        assertThat(AccountRefusals.key(null)).isEqualTo("invalid");
    }

    @Test
    void everyKeyTheRefusalsUseIsInTheBundle() {
        for (String key : List.of(
                "required",
                "tooShort",
                "tooLong",
                "usernameForm",
                "noLocale",
                "samePassword",
                "ownAccount",
                "lastOwner",
                "invalid",
                "taken",
                "conflict",
                "wrongCurrent",
                "throttled",
                "mismatch")) {
            assertThat(Messages.rootKeys()).contains(AccountRefusals.PREFIX + key);
        }
    }
}
