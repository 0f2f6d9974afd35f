package org.glossa.containertest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test: the WAR {@code mvn package} built, deployed at the root context. */
public final class Deployments {

    /** Dropped and created for every deployment; {@code -Dglossa.it.database=...} runs two builds side by side. */
    public static final String DATABASE = System.getProperty("glossa.it.database", "glossa_it");

    private Deployments() {}

    /** A fresh database, then the application exactly as it ships. */
    public static WebArchive applicationOnFreshDatabase() {
        TestDatabase.recreate(DATABASE);
        File war = new File(System.getProperty("glossa.it.war", "target/glossa.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: container tests run after 'mvn package'");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
