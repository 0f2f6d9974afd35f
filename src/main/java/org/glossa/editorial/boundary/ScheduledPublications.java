package org.glossa.editorial.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/** What the scheduler calls: approved versions whose publication time has come go live. */
@Stateless
public class ScheduledPublications {

    @Inject
    Workflow workflow;

    /** Publishes every scheduled translation due at {@code now}, in one transaction; returns how many. */
    public int publishDue(Instant now) {
        return workflow.publishDue(now);
    }
}
