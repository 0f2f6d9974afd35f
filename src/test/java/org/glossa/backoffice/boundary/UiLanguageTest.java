package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.glossa.localization.control.LocaleDefinition;
import org.junit.jupiter.api.Test;

class UiLanguageTest {

    private static String tag(List<Locale> preferred) {
        return UiLanguage.fromBrowser(preferred).map(LocaleDefinition::tag).orElse(null);
    }

    @Test
    void takesTheFirstBrowserLanguageGlossaHas() {
        assertThat(tag(List.of(Locale.forLanguageTag("sv"), Locale.forLanguageTag("ar-EG"), Locale.GERMAN)))
                .isEqualTo("ar");
        assertThat(tag(List.of(Locale.forLanguageTag("pt-BR")))).isEqualTo("pt-BR");
        assertThat(tag(List.of(Locale.forLanguageTag("pt-PT")))).isEqualTo("pt-BR");
        assertThat(tag(List.of(Locale.forLanguageTag("zh-Hans-CN")))).isEqualTo("zh-Hans");
        assertThat(tag(List.of(Locale.forLanguageTag("ur")))).isEqualTo("ur");
    }

    @Test
    void findsNothingWhenTheBrowserAsksOnlyForOtherLanguages() {
        assertThat(tag(List.of(Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"))))
                .isNull();
    }
}
