package org.glossa.editorial.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.TestDatabase;
import org.glossa.content.entity.ItemKind;
import org.glossa.editorial.control.WorkStates;
import org.glossa.localization.control.LocaleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stored work state follows every workflow move: after each move of a random sequence (through the REST API,
 * as anyone would make it: save, submit, approve now or later, reject, publish the source again, unpublish,
 * archive), each item's stored rows equal the rule computed afresh from the translations and publications, and
 * the counters equal a count of the stored rows. Refused moves (a move the state forbids) are part of the sequence:
 * they must change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WorkStateIT {

    private static final List<String> LOCALES = List.of("en", "de", "fr", "ar");
    private static final int MOVES = 80;

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String text(String title, String locale, int n) {
        return Json.createObjectBuilder()
                .add("title", title + " " + locale + " " + n)
                .add("summary", "Summary " + n)
                .add("body", "Body " + n + ".")
                .add("slug", "")
                .build()
                .toString();
    }

    private static String path(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    @Test
    void theStoredStateEqualsTheComputedStateAfterEveryMoveOfARandomSequence() throws Exception {
        ApiClient owner = owner();
        List<Long> posts = new ArrayList<>();
        for (String title : List.of("Zustand eins", "Zustand zwei")) {
            HttpResponse<String> created = owner.post(
                    "/api/v1/posts",
                    Json.createObjectBuilder()
                            .add("sourceLocale", "en")
                            .add("title", title)
                            .add("summary", "S")
                            .add("body", "B.")
                            .build()
                            .toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            posts.add(json(created).getJsonNumber("id").longValue());
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> moves = new ArrayList<>();
        try (Connection c = TestDatabase.connect(Deployments.DATABASE)) {
            WorkStates states =
                    new WorkStates(database(c), LocaleCatalog.standard().tags());
            requireConsistent(c, states, posts, "after creating, seed " + seed);
            for (int i = 0; i < MOVES; i++) {
                long id = posts.get(random.nextInt(posts.size()));
                String locale = LOCALES.get(random.nextInt(LOCALES.size()));
                String move = move(owner, random, id, locale, i);
                moves.add(move + " -> " + id + "/" + locale);
                requireConsistent(c, states, posts, "seed " + seed + ", moves " + moves);
            }
        }
        assertThat(moves).as("the sequence reached every kind of move").anyMatch(m -> m.startsWith("archive 200"));
    }

    /** One random move; returns what it was and its answer's status. */
    private static String move(ApiClient owner, Random random, long id, String locale, int n) {
        String at = path(id, locale);
        int choice = random.nextInt(9);
        HttpResponse<String> answer = switch (choice) {
            case 0, 1 -> {
                HttpResponse<String> current = owner.get(at);
                String etag = current.statusCode() == 200
                        ? current.headers().firstValue("ETag").orElse(null)
                        : null;
                yield owner.put(at, text("Zustand", locale, n), etag);
            }
            case 2 -> owner.post(at + "/submit", "{\"acknowledged\":[]}");
            case 3 -> owner.post(at + "/approve", "{}");
            case 4 ->
                owner.post(at + "/approve", "{\"publishAt\":\"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\"}");
            case 5 -> owner.post(at + "/reject", "{\"comment\":\"Nochmal, bitte.\"}");
            case 6 -> owner.post(at + "/publish", "{}");
            case 7 -> owner.post(at + "/unpublish", "{}");
            default -> random.nextInt(3) == 0 ? owner.post(at + "/archive", "{}") : owner.get(at);
        };
        String[] names = {"save", "save", "submit", "approve", "schedule", "reject", "publish", "unpublish", "archive"};
        return names[choice] + " " + answer.statusCode();
    }

    private static void requireConsistent(Connection c, WorkStates states, List<Long> posts, String context)
            throws SQLException {
        for (long id : posts) {
            WorkStates.Item item = new WorkStates.Item(ItemKind.POST, id);
            assertThat(states.of(item)).as(context).hasSize(17).isEqualTo(states.computed(item));
        }
        assertThat(rows(
                        c,
                        "SELECT kind, locale, state, source, live, item_count FROM work_count WHERE item_count <> 0"))
                .as("counters, " + context)
                .isEqualTo(rows(
                        c,
                        "SELECT kind, locale, state, source, live, COUNT(*) FROM work_state"
                                + " GROUP BY kind, locale, state, source, live"));
    }

    private static TreeMap<String, Long> rows(Connection c, String sql) throws SQLException {
        TreeMap<String, Long> rows = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(sql);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.put(
                        r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3) + "/" + r.getBoolean(4) + "/"
                                + r.getBoolean(5),
                        r.getLong(6));
            }
        }
        return rows;
    }

    /** The work state's statements through JDBC, numbered parameters as JDBC's. */
    static WorkStates.Database database(Connection c) {
        return new WorkStates.Database() {
            @Override
            public List<Object[]> rows(String sql, List<Object> parameters) {
                try (PreparedStatement p = prepared(sql, parameters);
                        ResultSet r = p.executeQuery()) {
                    List<Object[]> rows = new ArrayList<>();
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public int update(String sql, List<Object> parameters) {
                try (PreparedStatement p = prepared(sql, parameters)) {
                    return p.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            private PreparedStatement prepared(String sql, List<Object> parameters) throws SQLException {
                var statement = org.glossa.editorial.control.WorkList.jdbc(sql, parameters);
                PreparedStatement p = c.prepareStatement(statement.text());
                for (int i = 0; i < statement.parameters().size(); i++) {
                    p.setObject(i + 1, statement.parameters().get(i));
                }
                return p;
            }
        };
    }
}
