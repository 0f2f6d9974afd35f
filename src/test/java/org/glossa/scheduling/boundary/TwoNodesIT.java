package org.glossa.scheduling.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two Glossa nodes, two separate Payara Micro processes started from the uber jar, share one PostgreSQL database
 * and so one Quartz job store. The full regeneration is set to fire every two seconds; every firing must run on
 * exactly one of the nodes. Each run logs the time its firing was scheduled for, which is how the test counts (and
 * knows when ten firings have run while both nodes were up).
 */
class TwoNodesIT {

    private static final String DATABASE = Deployments.DATABASE + "_nodes";
    private static final Pattern RUN = Pattern.compile(
            "Regenerated all sitemaps and feeds: \\d+ document\\(s\\) written in \\d+ ms \\(firing scheduled for ([^)]+)\\)");
    private static final Pattern STARTED =
            Pattern.compile("Scheduler started \\(clustered JDBC store, PostgreSQL\\) as (\\S+)");

    @Test
    void everyFiringOfARecurringJobRunsOnExactlyOneNode() throws Exception {
        TestDatabase.recreate(DATABASE);
        Map<String, String> environment = TestDatabase.processEnvironment(
                DATABASE, "GLOSSA_DEMO", "true", "GLOSSA_PUBLISHING_FULL_REGENERATION_CRON", "0/2 * * * * ?");
        // One after the other: the first migrates the schema and loads the demo content, the second joins.
        try (GlossaProcess first = GlossaProcess.start("node-a", environment).awaitReady();
                GlossaProcess second =
                        GlossaProcess.start("node-b", environment).awaitReady()) {
            Instant bothRunning = Instant.now();
            awaitFiringsSince(bothRunning, 10, first, second);
            String logA = first.log();
            String logB = second.log();

            assertThat(instance(logA)).as("two scheduler instances").isNotEqualTo(instance(logB));
            Map<Instant, List<String>> nodesByFiring = new TreeMap<>();
            firings(logA)
                    .forEach(f -> nodesByFiring
                            .computeIfAbsent(f, k -> new ArrayList<>())
                            .add("a"));
            firings(logB)
                    .forEach(f -> nodesByFiring
                            .computeIfAbsent(f, k -> new ArrayList<>())
                            .add("b"));
            nodesByFiring.keySet().removeIf(firing -> firing.isBefore(bothRunning));
            assertThat(nodesByFiring.size())
                    .as("firings while both nodes ran (every 2 s)")
                    .isGreaterThanOrEqualTo(5);
            assertThat(nodesByFiring)
                    .as("each firing ran once")
                    .allSatisfy((firing, nodes) -> assertThat(nodes).hasSize(1));
            assertThat(nodesByFiring.values())
                    .as("both nodes took firings")
                    .flatMap(nodes -> nodes)
                    .contains("a", "b");
            assertThat(logA + logB).as("no regeneration failed").doesNotContain("were not regenerated");

            aDisabledAccountIsRefusedByTheOtherNodeOnItsNextRequest(first, second);
        }
    }

    /**
     * Node B has just verified anna's password (and cached the verification); the owner disables her on node A; node
     * B's very next request with the same credentials is refused: the cache never outlives the account row.
     */
    private static void aDisabledAccountIsRefusedByTheOtherNodeOnItsNextRequest(GlossaProcess a, GlossaProcess b) {
        ApiClient annaOnB = ApiClient.as(base(b), "anna", "demo-anna-password");
        HttpResponse<String> me = annaOnB.get("/api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(me.body());
        assertThat(id.find()).isTrue();
        HttpResponse<String> disabled = ApiClient.as(base(a), "owner", "demo-owner-password")
                .send("PATCH", "/api/v1/users/" + id.group(1), "{\"enabled\":false}", Map.of());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(annaOnB.get("/api/v1/me").statusCode())
                .as("node B refuses the account node A disabled")
                .isEqualTo(401);
    }

    private static URI base(GlossaProcess node) {
        return URI.create("http://127.0.0.1:" + node.port() + "/");
    }

    /**
     * Waits (at most two minutes) until the nodes have logged {@code count} firings scheduled from {@code since}, and
     * every node at least one of them. Quartz promises no share: which node acquires a trigger is a race, so a
     * fixed window can see one node take every firing by chance; two minutes of firings every 2 s cannot.
     */
    private static void awaitFiringsSince(Instant since, int count, GlossaProcess... nodes) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            Set<Instant> logged = new TreeSet<>();
            boolean everyNodeFired = true;
            for (GlossaProcess node : nodes) {
                List<Instant> own = firings(node.log()).stream()
                        .filter(f -> !f.isBefore(since))
                        .toList();
                logged.addAll(own);
                everyNodeFired &= !own.isEmpty();
            }
            if (logged.size() >= count && everyNodeFired) {
                return;
            }
            assertThat(Instant.now())
                    .as("%d firings logged since %s, each node at least one", count, since)
                    .isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static String instance(String log) {
        Matcher m = STARTED.matcher(log);
        assertThat(m.find()).as("scheduler start logged").isTrue();
        return m.group(1);
    }

    private static List<Instant> firings(String log) {
        List<Instant> result = new ArrayList<>();
        Matcher m = RUN.matcher(log);
        while (m.find()) {
            result.add(Instant.parse(m.group(1)));
        }
        return result;
    }
}
