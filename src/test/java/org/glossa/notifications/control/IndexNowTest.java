package org.glossa.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexNowTest {

    private static final String KEY = "a1b2c3d4-e5f6";

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void keyIsEightTo128LettersDigitsOrHyphens() {
        assertThat(IndexNow.validKey("abcd1234")).isTrue();
        assertThat(IndexNow.validKey("A-" + "x".repeat(126))).isTrue();
        assertThat(IndexNow.validKey("abc1234")).isFalse();
        assertThat(IndexNow.validKey("x".repeat(129))).isFalse();
        assertThat(IndexNow.validKey("abcd_1234")).isFalse();
        assertThat(IndexNow.validKey("abcd 1234")).isFalse();
        assertThat(IndexNow.validKey("äbcd1234")).isFalse();
        assertThat(IndexNow.validKey(null)).isFalse();
        assertThatThrownBy(() -> IndexNow.requireKey("short")).hasMessageContaining("glossa.indexnow.key");
    }

    @Test
    void payloadPerHostWithKeyLocationAtThatHostsRoot() {
        List<String> bodies = IndexNow.payloads(
                KEY,
                List.of("https://example.de/blog/a", "https://example.com/fr/blog/b", "https://example.de/blog/c"));
        assertThat(bodies).hasSize(2);
        JsonObject de = json(bodies.get(0));
        assertThat(de.getString("host")).isEqualTo("example.de");
        assertThat(de.getString("key")).isEqualTo(KEY);
        assertThat(de.getString("keyLocation")).isEqualTo("https://example.de/" + KEY + ".txt");
        assertThat(de.getJsonArray("urlList").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("https://example.de/blog/a", "https://example.de/blog/c");
        JsonObject com = json(bodies.get(1));
        assertThat(com.getString("host")).isEqualTo("example.com");
        assertThat(com.getJsonArray("urlList")).hasSize(1);
    }

    @Test
    void atMostTenThousandUrlsPerPost() {
        List<String> urls = new ArrayList<>();
        IntStream.range(0, 25_001).forEach(i -> urls.add("https://example.com/blog/p-" + i));
        List<String> bodies = IndexNow.payloads(KEY, urls);
        assertThat(bodies).hasSize(3);
        assertThat(bodies.stream()
                        .map(b -> json(b).getJsonArray("urlList").size())
                        .toList())
                .containsExactly(10_000, 10_000, 5_001);
    }
}
