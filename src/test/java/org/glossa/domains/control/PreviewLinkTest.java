package org.glossa.domains.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glossa.content.entity.ItemKind;
import org.junit.jupiter.api.Test;

class PreviewLinkTest {

    private static final byte[] KEY = "a key of at least thirty-two bytes, for tests".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");
    private static final PreviewLink.Target GERMAN_DRAFT =
            new PreviewLink.Target(ItemKind.POST, 12, "de", 3, NOW.plus(Duration.ofHours(24)));

    private final PreviewLink links = new PreviewLink(KEY);

    private static Map<String, String> parameters(String query) {
        return PreviewLink.parameters(query);
    }

    @Test
    void aLinkReadsBackAsItsTargetUntilItExpires() {
        String query = links.query(GERMAN_DRAFT);
        assertThat(query)
                .startsWith("item=post-12&revision=3&expires="
                        + GERMAN_DRAFT.expires().getEpochSecond());
        assertThat(links.read("de", parameters(query), NOW)).isEqualTo(new PreviewLink.Valid(GERMAN_DRAFT));
        assertThat(links.read("de", parameters(query), GERMAN_DRAFT.expires()))
                .isEqualTo(new PreviewLink.Expired(GERMAN_DRAFT));
    }

    @Test
    void aLinkOpenedOnAnotherLocalesSiteDoesNotVerify() {
        String query = links.query(GERMAN_DRAFT);
        assertThat(links.read("fr", parameters(query), NOW)).isInstanceOf(PreviewLink.Invalid.class);
    }

    @Test
    void anyAlteredPartMakesTheLinkInvalidEvenAnExtendedExpiry() {
        String query = links.query(GERMAN_DRAFT);
        for (String altered : new String[] {
            query.replace("post-12", "post-13"),
            query.replace("post-12", "experience-12"),
            query.replace("revision=3", "revision=2"),
            query.replace(
                    "expires=" + GERMAN_DRAFT.expires().getEpochSecond(),
                    "expires=" + GERMAN_DRAFT.expires().plusSeconds(86_400).getEpochSecond()),
            query.substring(0, query.length() - 1) + (query.endsWith("A") ? "B" : "A"),
            query + "&signature=again",
            query.replace("signature=", "signature=x"),
            "",
        }) {
            assertThat(links.read("de", parameters(altered), NOW)).as(altered).isInstanceOf(PreviewLink.Invalid.class);
        }
    }

    @Test
    void anotherKeyDoesNotVerifyTheLink() {
        String query = links.query(GERMAN_DRAFT);
        PreviewLink other =
                new PreviewLink("another key, also thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));
        assertThat(other.read("de", parameters(query), NOW)).isInstanceOf(PreviewLink.Invalid.class);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new PreviewLink(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
