package org.glossa.database.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Stops EclipseLink from retrying a read that failed because the connection died: by default it retries three
 * times, five seconds apart, so during a database outage every read outside a transaction held its request thread
 * for ten seconds or more before failing. The pool already hands out only connections that passed a check, so a
 * retry on another connection would fail the same way; callers decide what to do instead (serve what they have, or
 * answer 503).
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
