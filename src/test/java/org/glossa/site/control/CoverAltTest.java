package org.glossa.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverAltTest {

    private static SiteSnapshot.Cover cover(String uploaders, Map<String, String> others) {
        return new SiteSnapshot.Cover(1, "image/png", 10, 2, 2, "ab", uploaders, others);
    }

    @Test
    void theUploadersTextDescribesTheImageInTheSourceLocaleOnly() {
        SiteSnapshot.Cover cover = cover("A blue square", Map.of());
        assertThat(cover.altIn("en", "en")).hasValue("A blue square");
        assertThat(cover.altIn("de", "en"))
                .as("German readers get the title instead")
                .isEmpty();
    }

    @Test
    void aLocalesOwnTextIsUsedThere() {
        SiteSnapshot.Cover cover = cover("A blue square", Map.of("de", "Ein blaues Quadrat"));
        assertThat(cover.altIn("de", "en")).hasValue("Ein blaues Quadrat");
        assertThat(cover.altIn("en", "en")).hasValue("A blue square");
    }

    @Test
    void anEmptyTextIsNoDescription() {
        assertThat(cover("", Map.of()).altIn("en", "en")).isEmpty();
        assertThat(cover(" ", Map.of("de", "")).altIn("de", "en")).isEmpty();
    }
}
