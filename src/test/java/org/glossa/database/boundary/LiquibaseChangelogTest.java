package org.glossa.database.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.glossa.database.control.ChangelogUpdate;
import org.junit.jupiter.api.Test;

/**
 * Every changelog file is valid against Liquibase's XSD. The build checks it here, so that {@link Migrations} can skip
 * the same validation at every start.
 */
class LiquibaseChangelogTest {

    private final ResourceAccessor resources =
            new ClassLoaderResourceAccessor(getClass().getClassLoader());

    @Test
    void everyChangelogFileIsValidAgainstTheXsd() throws Exception {
        DatabaseChangeLog changelog = parseValidating(ChangelogUpdate.CHANGELOG);

        assertThat(changelog.getChangeSets()).hasSizeGreaterThan(50);
        assertThat(changelog.getChangeSets())
                .extracting(ChangeSet::getFilePath)
                .as("the included files were parsed too")
                .anyMatch(path -> path.endsWith("001-media.xml"));
    }

    @Test
    void aChangelogTheXsdDoesNotAllowFails() {
        assertThatThrownBy(() -> parseValidating("liquibase-invalid/changelog.xml"))
                .hasStackTraceContaining("runOnChnage");
    }

    private DatabaseChangeLog parseValidating(String path) throws Exception {
        return Scope.child(
                Map.of(GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), true),
                () -> ChangeLogParserFactory.getInstance()
                        .getParser(path, resources)
                        .parse(path, new ChangeLogParameters(), resources));
    }
}
