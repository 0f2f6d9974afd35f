package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestedLocaleTest {

    @Test
    void aSupportedLocaleIsFoundWhateverTheCaseOfItsTag() {
        assertThat(RequestedLocale.of("pt-br", "locale").tag()).isEqualTo("pt-BR");
    }

    @Test
    void anUnsupportedOrMissingLocaleIsRefusedNamingTheField() {
        for (String tag : new String[] {"xx", null}) {
            assertThatThrownBy(() -> RequestedLocale.of(tag, "sourceLocale"))
                    .isInstanceOfSatisfying(EditorialException.class, e -> {
                        assertThat(e.kind()).isEqualTo(EditorialException.Kind.INVALID);
                        assertThat(e.field()).isEqualTo("sourceLocale");
                    })
                    .hasMessage("not one of the 17 supported locales");
        }
    }
}
