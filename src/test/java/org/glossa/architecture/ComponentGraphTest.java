package org.glossa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The components ({@code org.glossa.<component>}) depend one way, and the README's component graph is the graph of
 * the code: every edge it draws exists, and the code has no other. Edges are read from the compiled classes (every
 * reference, inline names and annotations included) and from the sources' imports (which also see compile-time
 * constants, such as role names, that the compiler inlines).
 */
class ComponentGraphTest {

    private static final String ROOT = "org.glossa";
    private static final Pattern COMPONENT = Pattern.compile("^org\\.glossa\\.([a-z]+)\\b");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?org\\.glossa\\.([a-z]+)\\.", Pattern.MULTILINE);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void componentsHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void entitiesAndControlsNeverReachIntoABoundary() {
        noClasses()
                .that()
                .resideInAnyPackage("..entity..", "..control..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .because("a boundary is the entry to its component: inner layers are called, they do not call out")
                .check(classes);
    }

    @Test
    void theReadmeDrawsExactlyTheGraphOfTheCode() throws IOException {
        assertThat(actualGraph()).isEqualTo(readmeGraph());
    }

    private static Map<String, Set<String>> actualGraph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass origin : classes) {
            Optional<String> from = component(origin.getPackageName());
            from.ifPresent(f -> graph.computeIfAbsent(f, k -> new TreeSet<>()));
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                Optional<String> to = component(dependency.getTargetClass().getPackageName());
                if (from.isPresent() && to.isPresent() && !from.get().equals(to.get())) {
                    graph.get(from.get()).add(to.get());
                }
            }
        }
        Path sources = Path.of("src/main/java/org/glossa");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = sources.relativize(file).getName(0).toString();
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    if (!imported.group(1).equals(from)) {
                        graph.computeIfAbsent(from, k -> new TreeSet<>()).add(imported.group(1));
                    }
                }
            }
        }
        return graph;
    }

    /** The fenced block after the line {@code <!-- component graph -->}: {@code component -> dependency ...}. */
    private static Map<String, Set<String>> readmeGraph() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf("<!-- component graph -->");
        assertThat(marker).as("README.md has a component graph").isNotNegative();
        int start = readme.indexOf("```", marker);
        int end = readme.indexOf("```", readme.indexOf('\n', start));
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line :
                readme.substring(readme.indexOf('\n', start) + 1, end).split("\n")) {
            if (!line.contains("->")) {
                continue;
            }
            String[] sides = line.split("->", 2);
            Set<String> targets = new TreeSet<>();
            for (String target : sides[1].trim().split("[\\s,]+")) {
                if (!target.isEmpty()) {
                    targets.add(target);
                }
            }
            graph.put(sides[0].trim(), targets);
        }
        return graph;
    }

    private static Optional<String> component(String packageName) {
        Matcher m = COMPONENT.matcher(packageName);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
