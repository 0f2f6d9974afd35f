package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbsoluteUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://de.example.com/",
                "https://de.example.com",
                "HTTPS://DE.EXAMPLE.COM/Blog",
                "http://127.0.0.1:8080/de/posts/a?x=1&y=2#top",
                "https://user:secret@example.com/",
                "https://[2001:db8::1]:443/ar/",
                "https://ru.example.com/posts/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",
                "https://example.com/a;b=c/(d)*+,$!~_.-"
            })
    void acceptsAbsoluteHttpUrlsWrittenInPercentEncodedAscii(String url) {
        assertThat(AbsoluteUrl.require(url, "url")).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/a%2",
                "https://example.com/a%zz",
                "https://example.com/a<b",
                "https://example.com/a\"b",
                "https://example.com/a'b",
                "https://example.com/a\\b",
                "https://example.com/a{b}",
                "https://example.com/a|b",
                "https://example.com/a^b",
                "https://example.com/a`b",
                "https://example.com/a#b#c",
                "https://exa_mple.com/",
                "https://example.com:80a/",
                "https://[2001:db8::1/",
                "https://example.com]/"
            })
    void rejectsWhatIsNotAValidUri(String url) {
        assertThatThrownBy(() -> AbsoluteUrl.require(url, "href"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("href ")
                .hasMessageContaining(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/de/blog",
                "ftp://example.com/",
                "https:///path",
                "https://",
                "mailto:a@example.com",
                "https://:80/"
            })
    void rejectsWhatIsNotAnAbsoluteHttpUrlWithAHost(String url) {
        assertThatThrownBy(() -> AbsoluteUrl.require(url, "href"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL with a host");
    }

    /**
     * Whatever it accepts, {@link URI} accepts as an absolute http(s) URL with a host: random strings made of the
     * characters URLs are made of, near-misses included.
     */
    @Test
    void acceptsNothingThatJavaNetUriWouldRefuse() {
        Random random = new Random(20261206);
        String alphabet = "aZ09-._~%2F:/?#[]@!$&'()*+,;=<>\"{}|\\^`";
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            url.append(random.nextInt(4) == 0 ? "" : "example.com");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                url.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = url.toString();
            boolean ours;
            try {
                AbsoluteUrl.require(candidate, "url");
                ours = true;
            } catch (IllegalArgumentException e) {
                ours = false;
            }
            if (ours) {
                accepted++;
                assertThat(isAbsoluteHttpWithHost(candidate)).as(candidate).isTrue();
            }
        }
        assertThat(accepted).as("the sample exercises acceptance too").isGreaterThan(10_000);
    }

    private static boolean isAbsoluteHttpWithHost(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
