package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AltTextTest {

    @Test
    void altTextIsStoredInNfcOnOneTrimmedLine() {
        assertThat(AltText.normalize("  Zoe\u0308 at the\n\tcafe\u0301  ")).isEqualTo("Zoë at the café");
        assertThat(AltText.normalize(null)).isEmpty();
    }

    @Test
    void threeHundredCharactersAreTheLimitCountedInCodePoints() {
        String emoji = "\uD83C\uDF89";
        assertThat(AltText.normalize(emoji.repeat(300))).hasSize(600);
        assertThatThrownBy(() -> AltText.normalize("a".repeat(301))).hasMessageContaining("301 characters");
    }

    @Test
    void nulIsRefusedAndOtherControlCharactersAreRemoved() {
        assertThatThrownBy(() -> AltText.normalize("cover\u0000image")).hasMessageContaining("U+0000");
        assertThat(AltText.normalize("cover\u0007\u000Bimage\uFFFE")).isEqualTo("cover image");
    }
}
