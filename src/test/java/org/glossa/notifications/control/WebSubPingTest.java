package org.glossa.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import org.glossa.documents.control.FeedChannel;
import org.glossa.documents.control.RssWriter;
import org.junit.jupiter.api.Test;

class WebSubPingTest {

    @Test
    void publishPingIsFormEncodedWithTheTopicUrl() {
        assertThat(WebSubPing.body("https://example.com/fr/feed.xml?a=1&b=2"))
                .isEqualTo("hub.mode=publish&hub.url=https%3A%2F%2Fexample.com%2Ffr%2Ffeed.xml%3Fa%3D1%26b%3D2");
    }

    @Test
    void linkHeaderNamesTheHubAndExactlyOneSelf() {
        assertThat(WebSubPing.linkHeader("https://hub.example/", "https://example.de/feed.xml"))
                .isEqualTo("<https://hub.example/>; rel=\"hub\", <https://example.de/feed.xml>; rel=\"self\"");
    }

    @Test
    void feedAdvertisesTheHubOnlyWhenOneIsConfigured() throws Exception {
        Instant at = Instant.parse("2026-11-24T12:00:00Z");
        String with = feed(new FeedChannel(
                "Mira",
                "https://example.de/",
                "Blog",
                "de",
                "https://example.de/feed.xml",
                at,
                "https://hub.example/"));
        String without =
                feed(new FeedChannel("Mira", "https://example.de/", "Blog", "de", "https://example.de/feed.xml", at));
        assertThat(with).contains("<atom:link href=\"https://hub.example/\" rel=\"hub\"");
        assertThat(without).doesNotContain("rel=\"hub\"").contains("rel=\"self\"");
    }

    private static String feed(FeedChannel channel) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RssWriter().write(channel, Collections.emptyIterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
