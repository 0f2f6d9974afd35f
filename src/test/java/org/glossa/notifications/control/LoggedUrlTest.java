package org.glossa.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedUrlTest {

    @Test
    void keepsOnlyTheOriginSoASecretInPathOrQueryNeverReachesTheLog() {
        assertThat(LoggedUrl.of("https://hooks.example.com/services/T000/B000/s3cr3t"))
                .isEqualTo("https://hooks.example.com/…")
                .doesNotContain("s3cr3t");
        assertThat(LoggedUrl.of("http://127.0.0.1:18765/alerts?token=s3cr3t")).isEqualTo("http://127.0.0.1:18765/…");
        assertThat(LoggedUrl.of("https://user:s3cr3t@hub.example/")).isEqualTo("https://hub.example");
        assertThat(LoggedUrl.of("https://api.indexnow.org")).isEqualTo("https://api.indexnow.org");
    }

    @Test
    void saysWhatItCannotShowWithoutRepeatingIt() {
        assertThat(LoggedUrl.of("not a url s3cr3t")).doesNotContain("s3cr3t");
        assertThat(LoggedUrl.of("/relative/s3cr3t")).doesNotContain("s3cr3t");
    }
}
