package org.glossa.database.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChangelogFingerprintTest {

    private static final String MASTER = "liquibase/changelog.xml";
    private static final ClassLoader RESOURCES = ChangelogFingerprintTest.class.getClassLoader();

    @Test
    void theSameChangelogGivesTheSameFingerprint() {
        String once = ChangelogFingerprint.of(RESOURCES, MASTER, "4.33.0");
        assertThat(once).matches("[0-9a-f]{64}");
        assertThat(ChangelogFingerprint.of(RESOURCES, MASTER, "4.33.0")).isEqualTo(once);
    }

    @Test
    void aChangeToAnyFileOfTheChangelogChangesIt() throws IOException {
        String original = ChangelogFingerprint.of(RESOURCES, MASTER, "4.33.0");
        List<String> files = changelogFiles();
        assertThat(files).as("every changeset file, and the master").hasSizeGreaterThan(38);
        for (String file : files) {
            ClassLoader edited = editing(file, text -> text.replace("</databaseChangeLog>", " </databaseChangeLog>"));
            assertThat(ChangelogFingerprint.of(edited, MASTER, "4.33.0"))
                    .as("with " + file + " changed")
                    .isNotEqualTo(original);
        }
    }

    @Test
    void anotherLiquibaseVersionChangesIt() {
        assertThat(ChangelogFingerprint.of(RESOURCES, MASTER, "4.34.0"))
                .isNotEqualTo(ChangelogFingerprint.of(RESOURCES, MASTER, "4.33.0"));
    }

    @Test
    void aFileMissingFromTheApplicationIsAnError() {
        ClassLoader without = new ClassLoader(RESOURCES) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.endsWith("/038-schema-fingerprint.xml") ? null : super.getResourceAsStream(name);
            }
        };
        assertThatThrownBy(() -> ChangelogFingerprint.of(without, MASTER, "4.33.0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("038-schema-fingerprint.xml");
    }

    /** The master and every file beside it in the project's liquibase directory, as resource names. */
    private static List<String> changelogFiles() throws IOException {
        Path root = Path.of("liquibase");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xml"))
                    .map(f -> "liquibase/" + root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static ClassLoader editing(String file, UnaryOperator<String> edit) {
        return new ClassLoader(RESOURCES) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!name.equals(file)) {
                    return super.getResourceAsStream(name);
                }
                try (InputStream in = super.getResourceAsStream(name)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return new ByteArrayInputStream(edit.apply(text).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
