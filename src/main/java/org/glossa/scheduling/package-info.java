/**
 * Time as an actor: Quartz wiring, and the contract by which other components declare jobs. A job is a
 * boundary of the component whose work it does (such as {@code editorial/boundary/PublishDueJob}); this
 * component only runs them.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Clustered JDBC job store in the application's database</b> ({@code JobStoreTX}, tables {@code qrtz_*}
 * from {@code liquibase/1.0/007-quartz.xml}, copied from the pinned Quartz jar), so with several nodes each
 * firing runs on exactly one of them, and a scheduled publication happens whether or not anyone visits the
 * site. The SQL dialect follows the connection's product name: {@code PostgreSQLDelegate} on PostgreSQL,
 * {@code StdJDBCDelegate} on the embedded H2. Quartz commits its own short transactions on the container's
 * pool ({@code java:global}, which Quartz's threads can resolve); its bookkeeping is kept out of the
 * application's SQL statement count, what jobs do through boundaries is not.</li>
 * <li><b>Started after the migrations</b> by the {@code @Startup} singleton
 * {@link org.glossa.scheduling.boundary.Scheduling}; a scheduler that cannot start fails the deployment (silent
 * loss of scheduled publications would be worse), and readiness requires it running. Shutdown in
 * {@code @PreDestroy} is a courtesy: Payara Micro skips it on SIGTERM, and the cluster's check-in recovers a
 * vanished node.</li>
 * <li><b>Jobs are CDI beans</b> ({@link org.glossa.scheduling.control.CdiJobFactory}) that may inject
 * boundaries; each run has a request context. Components declare recurring jobs by implementing
 * {@link org.glossa.scheduling.boundary.RecurringJob}; every node declares them at start-up
 * ({@link org.glossa.scheduling.control.RecurringTriggers}): a trigger's key carries a fingerprint of its
 * schedule, an unchanged one is left alone, a changed one is added under its new key and the old one removed
 * (never replaced in place: measured, a trigger replaced while another node held it acquired went on firing on
 * both nodes), and one no job declares is dropped, so restarts and extra nodes never pile up duplicates. {@code fireAt}/{@code fireNow} run a job once, coalescing requests
 * that arrive while a run is still pending.</li>
 * <li><b>Worker threads from the container</b> ({@link org.glossa.scheduling.control.ManagedThreadPool} over
 * {@code java:comp/DefaultManagedThreadFactory}), three of them: jobs are short and few, and each holds a pooled
 * connection while it runs. A job that writes does so through stateless EJBs: on these threads a transaction
 * begun by CDI's {@code @Transactional} does not enlist the connections it uses (Payara enlists them only on
 * request threads), so every statement would commit on its own.</li>
 * <li><b>Tested as a cluster twice over:</b> {@code ClusteredSchedulingIT} runs two schedulers in one JVM against
 * one job store (deterministic, fast), and {@code TwoNodesIT} starts two Payara Micro processes from the uber jar
 * on one PostgreSQL database with a recurring job every two seconds: each firing ran on exactly one node.</li>
 * <li><b>Misfires are deliberate, never a burst.</b> A firing more than 30 s late (the misfire threshold)
 * follows its schedule's policy: {@code RUN_ONCE_NOW} (interval: "reschedule now with existing count", cron:
 * "fire once and proceed") or {@code SKIP} (wait for the next slot). A firing less late than that, whose next
 * slot is already due as well, is vetoed ({@link org.glossa.scheduling.control.SupersededFiringVeto}), so
 * Quartz's catch-up of each missed slot in turn cannot happen. Jobs are still written to be idempotent: a
 * changed schedule, a crash mid-run or a one-off request can all cause one more run.</li>
 * </ul>
 */
package org.glossa.scheduling;
