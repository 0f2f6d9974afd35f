/**
 * The node's start: which start-up steps have finished, and the readiness check that waits for all of them.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>No readiness check invokes an EJB before the start-up singletons have finished.</b> Payara Micro serves
 * {@code /health/ready} from its own servlet while the application is still starting. An EJB invoked from there
 * after the EJB container has started but before it has initialised the {@code @Startup} singletons is
 * initialised on the health servlet's thread, outside the application's naming environment, and fails for good
 * ("Singleton Migrations is unavailable because its original initialization failed"): the node is never ready.
 * Measured before this component existed: two starts in five with six probes polling readiness from the first
 * second. So each {@code @Startup} singleton reports its {@link org.glossa.lifecycle.boundary.StartupStep} to
 * {@link org.glossa.lifecycle.boundary.StartupProgress} (a CDI bean, not an EJB) at the end of its
 * {@code @PostConstruct}, and every readiness check answers DOWN "starting" without any other call until all
 * steps are done.</li>
 * <li><b>It depends on nothing</b>, so every component with start-up work can report to it.</li>
 * </ul>
 */
package org.glossa.lifecycle;
