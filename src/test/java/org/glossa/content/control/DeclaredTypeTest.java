package org.glossa.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclaredTypeTest {

    @Test
    void claimsThatMatchTheBytesOrClaimNothingAreAccepted() {
        assertThat(DeclaredType.conflict("image/png", "image/png", "cover.png")).isEmpty();
        assertThat(DeclaredType.conflict("image/jpeg", "IMAGE/JPG; name=x", "C:\\Photos\\Holiday.JPEG"))
                .isEmpty();
        assertThat(DeclaredType.conflict("image/webp", null, null)).isEmpty();
        assertThat(DeclaredType.conflict("image/gif", "application/octet-stream", "blob"))
                .isEmpty();
    }

    @Test
    void aDeclaredTypeThatDisagreesIsNamedWithWhatWasDetected() {
        assertThat(DeclaredType.conflict("image/jpeg", "image/png", "photo.png"))
                .hasValue("declared as image/png but the bytes are image/jpeg");
        assertThat(DeclaredType.conflict("image/png", "text/html", null))
                .hasValue("declared as text/html but the bytes are image/png");
    }

    @Test
    void aFileNameExtensionThatDisagreesIsNamedWithWhatWasDetected() {
        assertThat(DeclaredType.conflict("image/png", "image/png", "/tmp/cover.jpg"))
                .hasValue("named \"cover.jpg\" but the bytes are image/png");
        assertThat(DeclaredType.conflict("image/png", null, "cover.svg"))
                .hasValue("named \"cover.svg\" but the bytes are image/png");
    }
}
