package org.glossa.database.control;

import java.sql.Connection;
import java.util.Map;
import liquibase.GlobalConfiguration;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies the changelog with Liquibase, as every path that migrates a database does it: the start-up migration, the
 * build's script of a new embedded database ({@link EmbeddedSchema}), and the tests' migrated databases.
 */
public final class ChangelogUpdate {

    /** The master changelog, which only includes the changesets' files, in order. */
    public static final String CHANGELOG = "liquibase/changelog.xml";

    static {
        // Liquibase 4.30+ reports usage to the internet unless told not to.
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    private ChangelogUpdate() {}

    /**
     * Brings the database behind {@code connection} up to date; Liquibase commits its own work.
     *
     * @return the database's product name, as Liquibase names it
     */
    public static String apply(Connection connection, ClassLoader changelogs) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        String product = database.getDatabaseProductName();
        try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(changelogs), database)) {
            // The changelogs ship inside this jar and the build validates them against Liquibase's XSD
            // (LiquibaseChangelogTest); validating them again at every start only costs start-up time.
            // Its summary goes to the log with the rest of what it says, not to the console.
            Scope.child(
                    Map.of(
                            GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(),
                            false,
                            Scope.Attr.ui.name(),
                            new LoggerUIService(),
                            "liquibase.command.showSummaryOutput",
                            "LOG"),
                    () -> liquibase.update(""));
        }
        return product;
    }
}
