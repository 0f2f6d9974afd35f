package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUtf8CredentialsSplittingAtTheFirstColon() {
        assertThat(BasicCredentials.parse(basic("anna:pässword:with:colons")))
                .contains(new BasicCredentials("anna", "pässword:with:colons"));
        assertThat(BasicCredentials.parse("basic  " + basic("a:b").substring(6)))
                .contains(new BasicCredentials("a", "b"));
    }

    @Test
    void anythingElseIsNoCredentials() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic")).isEmpty();
        assertThat(BasicCredentials.parse("Basic !!!")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no colon"))).isEmpty();
        assertThat(BasicCredentials.parse(
                        "Basic " + Base64.getEncoder().encodeToString(new byte[] {'a', ':', (byte) 0xff})))
                .isEmpty();
        assertThat(BasicCredentials.parse(basic("a:" + "x".repeat(10_000)))).isEmpty();
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new BasicCredentials("anna", "secret").toString()).doesNotContain("secret");
    }
}
