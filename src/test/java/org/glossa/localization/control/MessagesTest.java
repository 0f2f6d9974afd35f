package org.glossa.localization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages en = Messages.of(LocaleCatalog.standard().get("en"));

    @Test
    void resourceNamesReplaceHyphensAndEnglishUsesTheRoot() {
        LocaleCatalog catalog = LocaleCatalog.standard();
        assertThat(Messages.resourceName(catalog.get("en"))).isEqualTo("i18n/messages.properties");
        assertThat(Messages.resourceName(catalog.get("de"))).isEqualTo("i18n/messages_de.properties");
        assertThat(Messages.resourceName(catalog.get("pt-BR"))).isEqualTo("i18n/messages_pt_BR.properties");
        assertThat(Messages.resourceName(catalog.get("zh-Hans"))).isEqualTo("i18n/messages_zh_Hans.properties");
    }

    @Test
    void englishHasExactlyTheRootKeys() {
        assertThat(en.keys()).containsExactlyElementsOf(Messages.rootKeys()).contains("nav.home", "blog.untranslated");
    }

    @Test
    void isCachedPerLocale() {
        assertThat(Messages.of(LocaleCatalog.standard().get("en"))).isSameAs(en);
    }

    @Test
    void textFormatsAMessageWithoutArguments() {
        assertThat(en.text("nav.home")).isEqualTo("Home");
    }

    @Test
    void formatUsesNamedArgumentsAndPluralRules() {
        assertThat(en.format("home.postCount", Map.of("count", 0))).isEqualTo("No posts yet");
        assertThat(en.format("home.postCount", Map.of("count", 1))).isEqualTo("1 post in this language");
        assertThat(en.format("home.postCount", Map.of("count", 1234))).isEqualTo("1,234 posts in this language");
        assertThat(en.format(
                        "home.roleAtOrganisation", Map.of("role", "Engineer", "organisation", "Glossa", "unused", 1)))
                .isEqualTo("Engineer at Glossa");
    }

    @Test
    void unknownKeyIsRejectedByName() {
        assertThatThrownBy(() -> en.text("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void missingArgumentIsRejectedInsteadOfPrintingThePlaceholder() {
        assertThatThrownBy(() -> en.text("home.roleAtOrganisation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation")
                .hasMessageContaining("role");
        assertThatThrownBy(() -> en.format("home.roleAtOrganisation", Map.of("role", "Engineer")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[organisation]");
    }

    @Test
    void quotedApostropheIsPrintedOnce() {
        // no English message needs one yet; the rule comes from ICU, checked here on a parsed pattern
        assertThat(new com.ibm.icu.text.MessageFormat("it''s {n}", com.ibm.icu.util.ULocale.ENGLISH)
                        .format(Map.of("n", 1)))
                .isEqualTo("it's 1");
    }
}
