package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListCursorTest {

    @Test
    void aCursorComesBackAsTheSameKeyToTheNanosecond() {
        ListCursor cursor = ListCursor.after(Instant.parse("2026-12-06T03:04:05.123456789Z"), 850_850L);

        assertThat(ListCursor.decode(cursor.encoded())).isEqualTo(cursor);
    }

    @Test
    void theEncodedFormNeedsNoEscapingInAQueryString() {
        String encoded = ListCursor.after(Instant.parse("1969-12-31T23:59:59.999999Z"), Long.MAX_VALUE)
                .encoded();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(ListCursor.decode(encoded).updatedAt()).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "MTIz", "%%%", "MToxOjI"})
    void anythingElseIsRefusedNamingTheParameter(String after) {
        assertThatThrownBy(() -> ListCursor.decode(after))
                .isInstanceOfSatisfying(
                        EditorialException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    @Test
    void aForgedCursorOutsideTheTimeLineIsRefusedNotThrownAsA500() {
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("1:9223372036854775807:0:1".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> ListCursor.decode(forged))
                .isInstanceOfSatisfying(
                        EditorialException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }
}
