package org.glossa.lifecycle.boundary;

/** The start-up work a node finishes before it may be ready, one step per {@code @Startup} singleton. */
public enum StartupStep {
    MIGRATIONS("the database schema"),
    ACCOUNTS("the owner account"),
    SCHEDULER("the scheduler"),
    DEMO_CONTENT("the demo content"),
    DOCUMENTS("the sitemaps and feeds");

    private final String what;

    StartupStep(String what) {
        this.what = what;
    }

    /** What the step brings up, for the readiness answer. */
    public String what() {
        return what;
    }
}
