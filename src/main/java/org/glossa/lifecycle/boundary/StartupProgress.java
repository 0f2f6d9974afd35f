package org.glossa.lifecycle.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which start-up steps have finished on this node. A plain CDI bean, so reading it invokes no EJB: readiness
 * checks ask it first and call nothing else until {@link #complete()}.
 */
@ApplicationScoped
public class StartupProgress {

    private final Set<StartupStep> finished = EnumSet.noneOf(StartupStep.class);

    /** Called by a {@code @Startup} singleton as the last statement of its {@code @PostConstruct}. */
    public synchronized void finished(StartupStep step) {
        finished.add(step);
    }

    /** True once every step has finished, so every start-up singleton exists and may be invoked. */
    public synchronized boolean complete() {
        return finished.size() == StartupStep.values().length;
    }

    /** The steps not yet finished, in the order of {@link StartupStep}. */
    public synchronized Set<StartupStep> pending() {
        Set<StartupStep> pending = EnumSet.allOf(StartupStep.class);
        pending.removeAll(finished);
        return pending;
    }
}
