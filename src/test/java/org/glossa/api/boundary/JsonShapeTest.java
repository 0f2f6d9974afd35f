package org.glossa.api.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.problem.Problem;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    record Entry(String title, Integer sortOrder, int count, Long id, Boolean live, List<String> locales) {}

    private static List<Problem.FieldError> problems(String json) {
        return JsonShape.problems(
                Entry.class, Json.createReader(new StringReader(json)).readValue());
    }

    private static List<String> fields(String json) {
        return problems(json).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aBodyOfTheRightShapeHasNoProblemsAndUnknownPropertiesAreIgnored() {
        assertThat(problems("{\"title\":\"T\",\"sortOrder\":-3,\"count\":2147483647,\"id\":9223372036854775807,"
                        + "\"live\":true,\"locales\":[\"de\"],\"other\":{\"deep\":[1e999999999]}}"))
                .isEmpty();
        assertThat(problems("{\"title\":null,\"sortOrder\":null,\"live\":null,\"locales\":null}"))
                .isEmpty();
        assertThat(problems("null")).isEmpty();
    }

    @Test
    void eachValueOfTheWrongTypeIsNamed() {
        assertThat(fields("{\"title\":1,\"sortOrder\":\"1\",\"live\":\"yes\",\"locales\":[\"de\",2]}"))
                .containsExactly("title", "sortOrder", "live", "locales");
        assertThat(fields("{\"count\":null}")).containsExactly("count");
        assertThat(fields("{\"locales\":\"de\"}")).containsExactly("locales");
    }

    @Test
    void wholeNumbersMustFitTheirJavaTypeWrittenAsPlainDigits() {
        assertThat(fields("{\"sortOrder\":2147483648}")).containsExactly("sortOrder");
        assertThat(fields("{\"sortOrder\":-2147483649}")).containsExactly("sortOrder");
        assertThat(fields("{\"sortOrder\":1.5}")).containsExactly("sortOrder");
        assertThat(fields("{\"sortOrder\":1e3}")).containsExactly("sortOrder");
        assertThat(fields("{\"id\":1e999999999}")).containsExactly("id");
        assertThat(fields("{\"id\":99999999999999999999}")).containsExactly("id");
        assertThat(problems("{\"sortOrder\":2147483648}").get(0).message())
                .isEqualTo("must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void theRootMustBeAnObject() {
        assertThat(fields("[]")).containsExactly("body");
        assertThat(fields("\"title\"")).containsExactly("body");
        assertThat(fields("42")).containsExactly("body");
    }

    @Test
    void aBodyThatIsNotUtf8JsonOrTooDeepIsRefusedNamingTheBody() {
        assertRefusedBody(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}, "is not UTF-8");
        assertRefusedBody("{\"title\":".getBytes(StandardCharsets.UTF_8), "is not valid JSON");
        assertRefusedBody("[".repeat(33).getBytes(StandardCharsets.UTF_8), "is nested more than 32 levels deep");
        assertThat(JsonShape.parse(("[".repeat(32) + "]".repeat(32)).getBytes(StandardCharsets.UTF_8))
                        .getValueType())
                .isEqualTo(JsonValue.ValueType.ARRAY);
    }

    private static void assertRefusedBody(byte[] body, String message) {
        assertThatThrownBy(() -> JsonShape.parse(body))
                .isInstanceOf(JsonShape.Unreadable.class)
                .hasMessageStartingWith(message);
    }
}
