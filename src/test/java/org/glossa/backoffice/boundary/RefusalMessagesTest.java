package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.content.control.InvalidSlugException;
import org.glossa.content.control.SlugPolicy;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal a person can meet in the back office has a message in the UI bundles: each reason the code names
 * ({@code because("...")}, the slug rules' problems) is a key under {@code refusal.}, and each slug rule's message
 * formats in every locale with the arguments the rule gives it.
 */
class RefusalMessagesTest {

    private static final Pattern BECAUSE = Pattern.compile("\\.because\\(\\s*\"([^\"]+)\"");
    private static final Pattern SLUG_PROBLEM = Pattern.compile("\"(slug\\.[A-Za-z]+)\"");

    @Test
    void everyReasonTheCodeNamesHasAMessage() throws IOException {
        Set<String> reasons = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(BECAUSE.matcher(code), reasons);
                if (source.endsWith("SlugPolicy.java")) {
                    collect(SLUG_PROBLEM.matcher(code), reasons);
                }
            }
        }
        assertThat(reasons).contains("text.empty", "slug.taken", "slug.redirects", "slug.urlCharacter");
        Set<String> keys = Messages.rootKeys();
        assertThat(reasons).allSatisfy(reason -> assertThat(keys).contains("refusal." + reason));
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    static Stream<LocaleDefinition> locales() {
        return LocaleCatalog.standard().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everySlugRuleIsExplainedInEveryLanguageWithItsArguments(LocaleDefinition locale) {
        Messages messages = Messages.of(locale);
        LocaleDefinition german = LocaleCatalog.standard().get("de");
        for (String slug : List.of("", "a/b", "Ab", "-ab", "ab--cd", "a b", "über", "x".repeat(101))) {
            InvalidSlugException refused =
                    catchThrowableOfType(() -> SlugPolicy.validate(slug, german), InvalidSlugException.class);
            assertThat(refused).as("'%s' is refused", slug).isNotNull();
            assertThat(refused.problem()).as("'%s' names its rule", slug).isNotNull();
            String said = messages.format("refusal." + refused.problem(), refused.arguments());
            assertThat(said).isNotBlank().doesNotContain("{");
            if (messages.pattern("refusal." + refused.problem()).contains("{character}")) {
                assertThat(said).contains(refused.arguments().get("character"));
            }
        }
    }
}
