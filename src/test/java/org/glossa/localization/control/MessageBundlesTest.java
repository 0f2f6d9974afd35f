package org.glossa.localization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance criterion: the build fails when a key is missing in any locale or a pattern does not parse.
 * Each check runs per locale and lists every problem it finds, so one run shows all that needs fixing.
 * A locale without a bundle fails {@link #hasABundleWithExactlyTheRootKeys}; the other checks skip it.
 */
class MessageBundlesTest {

    /** Integer counts a page can show; every plural category they reach must have its own sub-message. */
    private static final long LARGEST_COUNT_CHECKED = 1000;

    static Stream<String> localeTags() {
        return LocaleCatalog.standard().tags().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localeTags")
    void hasABundleWithExactlyTheRootKeys(String tag) {
        LocaleDefinition locale = LocaleCatalog.standard().get(tag);
        String resource = Messages.resourceName(locale);
        Optional<MessageBundleFile> bundle = MessageBundleFile.read(resource);
        assertThat(bundle)
                .as("bundle %s of locale %s on the class path", resource, tag)
                .isPresent();

        List<String> problems = new ArrayList<>();
        Set<String> keys = bundle.get().entries().keySet();
        Set<String> rootKeys = Messages.rootKeys();
        rootKeys.stream().filter(key -> !keys.contains(key)).forEach(key -> problems.add("missing key " + key));
        keys.stream()
                .filter(key -> !rootKeys.contains(key))
                .forEach(key -> problems.add("extra key " + key + " (not in the root bundle)"));
        bundle.get()
                .duplicateKeys()
                .forEach(key -> problems.add("key " + key + " defined more than once (the last one wins)"));

        assertNoProblems(tag, resource, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localeTags")
    void everyPatternParsesAndTakesTheSameArgumentsAsEnglish(String tag) {
        LocaleDefinition locale = LocaleCatalog.standard().get(tag);
        MessageBundleFile bundle = bundleOf(locale);
        Map<String, String> root = rootBundle().entries();

        List<String> problems = new ArrayList<>();
        bundle.entries().forEach((key, pattern) -> {
            if (pattern.isBlank()) {
                problems.add(key + ": empty message");
                return;
            }
            Optional<Set<String>> arguments = argumentNames(pattern, locale.uLocale(), key, problems);
            Optional<Set<String>> english = root.containsKey(key)
                    ? argumentNames(root.get(key), ULocale.ENGLISH, key + " (English)", new ArrayList<>())
                    : Optional.empty();
            if (arguments.isPresent() && english.isPresent() && !arguments.get().equals(english.get())) {
                problems.add(key + ": takes arguments " + arguments.get() + " but English takes " + english.get());
            }
        });

        assertNoProblems(tag, bundle.resourceName(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localeTags")
    void pluralsUseOnlyTheLocalesKeywordsAndAllHaveOther(String tag) {
        LocaleDefinition locale = LocaleCatalog.standard().get(tag);
        MessageBundleFile bundle = bundleOf(locale);

        List<String> problems = new ArrayList<>();
        choicesOfParsablePatterns(bundle).forEach((key, choices) -> {
            for (ChoiceArguments.Choice choice : choices.choices()) {
                String where = key + ": {" + choice.name() + ", "
                        + choice.type().name().toLowerCase(java.util.Locale.ROOT) + "}";
                if (!choice.selectors().contains("other")) {
                    problems.add(where + " has no 'other' sub-message");
                }
                if (!choice.isPlural()) {
                    continue;
                }
                Set<String> allowed = choice.keywordsAllowed(locale.uLocale());
                choice.selectors().stream()
                        .filter(selector ->
                                !ChoiceArguments.Choice.isExplicitValue(selector) && !allowed.contains(selector))
                        .forEach(selector ->
                                problems.add(where + " uses '" + selector + "', which is not a plural keyword of " + tag
                                        + " (allowed: " + new TreeSet<>(allowed) + " or =N)"));
            }
        });

        assertNoProblems(tag, bundle.resourceName(), problems);
    }

    /**
     * A missing category silently falls back to 'other', which is wrong grammar in most languages that have
     * the category (Russian "5 поста" instead of "5 постов"). Categories reached only by huge numbers or
     * fractions (French 'many' at 1,000,000) are not required.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("localeTags")
    void pluralsHaveASubMessageForEveryCategoryACountCanReach(String tag) {
        LocaleDefinition locale = LocaleCatalog.standard().get(tag);
        MessageBundleFile bundle = bundleOf(locale);

        List<String> problems = new ArrayList<>();
        choicesOfParsablePatterns(bundle)
                .forEach((key, choices) -> choices.choices().stream()
                        .filter(ChoiceArguments.Choice::isPlural)
                        .forEach(choice -> {
                            Map<String, List<Long>> uncovered = new LinkedHashMap<>();
                            LongStream.rangeClosed(0, LARGEST_COUNT_CHECKED).forEach(n -> {
                                String keyword = choice.rules(locale.uLocale()).select(n - choice.offset());
                                if (!choice.selectors().contains("=" + n)
                                        && !choice.selectors().contains(keyword)) {
                                    uncovered
                                            .computeIfAbsent(keyword, k -> new ArrayList<>())
                                            .add(n);
                                }
                            });
                            uncovered.forEach((keyword, counts) -> problems.add(key + ": {" + choice.name()
                                    + "} has no '" + keyword
                                    + "' sub-message, needed for "
                                    + counts.stream()
                                            .limit(5)
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(", ")) + (counts.size() > 5 ? ", ..." : "")));
                        }));

        assertNoProblems(tag, bundle.resourceName(), problems);
    }

    @Test
    void everyBundleFileBelongsToALocale() throws URISyntaxException {
        URL root = getClass().getClassLoader().getResource(Messages.ROOT_RESOURCE);
        assertThat(root).as(Messages.ROOT_RESOURCE + " on the class path").isNotNull();
        assumeTrue("file".equals(root.getProtocol()), "bundle directory can only be listed on the file system");

        Set<String> expected = LocaleCatalog.standard().all().stream()
                .map(Messages::resourceName)
                .map(resource -> resource.substring(resource.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        String[] present = new File(root.toURI())
                .getParentFile()
                .list((dir, name) -> name.startsWith("messages") && name.endsWith(".properties"));

        assertThat(Arrays.stream(present)
                        .filter(name -> !expected.contains(name))
                        .sorted())
                .as("bundle files for no locale of %s (misspelt tag?)", LocaleCatalog.RESOURCE)
                .isEmpty();
    }

    private static MessageBundleFile rootBundle() {
        return MessageBundleFile.read(Messages.ROOT_RESOURCE).orElseThrow();
    }

    /** The locale's bundle, or the test is skipped: its absence is reported by the key check. */
    private static MessageBundleFile bundleOf(LocaleDefinition locale) {
        Optional<MessageBundleFile> bundle = MessageBundleFile.read(Messages.resourceName(locale));
        assumeTrue(
                bundle.isPresent(),
                () -> "no bundle " + Messages.resourceName(locale) + " (reported by hasABundleWithExactlyTheRootKeys)");
        return bundle.get();
    }

    private static Optional<Set<String>> argumentNames(
            String pattern, ULocale locale, String key, List<String> problems) {
        try {
            return Optional.of(new TreeSet<>(new MessageFormat(pattern, locale).getArgumentNames()));
        } catch (IllegalArgumentException e) {
            problems.add(key + ": does not parse as ICU MessageFormat: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Patterns that do not parse are reported by the parse check, not here. */
    private static Map<String, ChoiceArguments> choicesOfParsablePatterns(MessageBundleFile bundle) {
        Map<String, ChoiceArguments> result = new LinkedHashMap<>();
        bundle.entries().forEach((key, pattern) -> {
            try {
                result.put(key, ChoiceArguments.of(pattern));
            } catch (IllegalArgumentException unparsable) {
                // reported by everyPatternParsesAndTakesTheSameArgumentsAsEnglish
            }
        });
        return result;
    }

    private static void assertNoProblems(String tag, String resource, List<String> problems) {
        assertThat(problems)
                .withFailMessage(() -> resource + " (locale " + tag + ") has " + problems.size() + " problem(s):\n  "
                        + String.join("\n  ", problems))
                .isEmpty();
    }
}
