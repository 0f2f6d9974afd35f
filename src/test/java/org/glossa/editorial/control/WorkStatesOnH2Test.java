package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.glossa.content.entity.ItemKind;
import org.glossa.database.control.MigratedH2;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored work state's statements on the embedded database (H2, what the demo runs on): the changeset's
 * backfill, a rebuild, an item's refresh after a change, and the work list's and the overview's pages by key, with a
 * search. PostgreSQL runs the same statements in the container tests and the benchmark.
 */
class WorkStatesOnH2Test {

    private Connection c;
    private final List<String> locales = LocaleCatalog.standard().tags();

    @BeforeEach
    void migrated() throws Exception {
        c = MigratedH2.open("workstates");
    }

    @AfterEach
    void close() throws Exception {
        MigratedH2.shutDown(c);
    }

    private void post(long id, String title) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO post (id, source_locale, created_at, updated_at) VALUES (" + id
                    + ", 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        translation(id, "en", "PUBLISHED", title, null);
        publication(id, "en", 1);
    }

    private void translation(long post, String locale, String status, String title, Integer basedOn) throws Exception {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO translation (kind, post_id, locale, status, slug, title, body, revision_number,"
                        + " based_on_source_revision, created_at, updated_at)"
                        + " VALUES ('POST', ?, ?, ?, ?, ?, 'Body', 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            p.setLong(1, post);
            p.setString(2, locale);
            p.setString(3, status);
            p.setString(4, "p-" + post + "-" + locale.toLowerCase());
            p.setString(5, title);
            p.setObject(6, basedOn);
            p.executeUpdate();
        }
    }

    private void publication(long post, String locale, int revision) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO publication (translation_id, kind, post_id, locale, slug, live_slug, title, body_html,"
                            + " revision_number, first_published_at, published_at)"
                            + " SELECT id, 'POST', post_id, locale, slug, slug, title, '<p>Body</p>', " + revision
                            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM translation WHERE post_id = " + post
                            + " AND locale = '" + locale + "'");
        }
    }

    private WorkList.Runner runner() {
        return (sql, parameters, first, max) -> {
            WorkList.Sql jdbc = WorkList.jdbc(sql + (max >= 0 ? " LIMIT " + max + " OFFSET " + first : ""), parameters);
            return query(jdbc);
        };
    }

    private List<Object[]> query(WorkList.Sql jdbc) {
        try (PreparedStatement p = c.prepareStatement(jdbc.text())) {
            for (int i = 0; i < jdbc.parameters().size(); i++) {
                p.setObject(i + 1, jdbc.parameters().get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[r.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(jdbc.text(), e);
        }
    }

    private WorkStates states() {
        return new WorkStates(
                new WorkStates.Database() {
                    @Override
                    public List<Object[]> rows(String sql, List<Object> parameters) {
                        return query(WorkList.jdbc(sql, parameters));
                    }

                    @Override
                    public int update(String sql, List<Object> parameters) {
                        WorkList.Sql jdbc = WorkList.jdbc(sql, parameters);
                        try (PreparedStatement p = c.prepareStatement(jdbc.text())) {
                            for (int i = 0; i < jdbc.parameters().size(); i++) {
                                p.setObject(i + 1, jdbc.parameters().get(i));
                            }
                            return p.executeUpdate();
                        } catch (Exception e) {
                            throw new IllegalStateException(jdbc.text(), e);
                        }
                    }
                },
                locales);
    }

    @Test
    void aRefreshFollowsAChangeAndThePagesReadByKey() throws Exception {
        post(1, "Alpha");
        post(2, "Beta");
        translation(1, "de", "PUBLISHED", "Alpha de", 1);
        publication(1, "de", 1);
        translation(2, "de", "IN_REVIEW", "Beta de", 1);
        WorkStates states = states();
        states.rebuild();
        WorkStates.Item alpha = new WorkStates.Item(ItemKind.POST, 1);
        assertThat(states.of(alpha)).hasSize(17).isEqualTo(states.computed(alpha));
        assertThat(states.of(alpha))
                .filteredOn(r -> r.locale().equals("de"))
                .extracting(WorkStates.Stored::state)
                .containsExactly("PUBLISHED");

        // The source goes live in a second revision: German is outdated once refreshed.
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE publication SET revision_number = 2 WHERE post_id = 1 AND locale = 'en'");
        }
        states.refresh(alpha);
        assertThat(states.of(alpha)).isEqualTo(states.computed(alpha));
        assertThat(states.of(alpha))
                .filteredOn(r -> r.locale().equals("de"))
                .extracting(WorkStates.Stored::state)
                .containsExactly("OUTDATED");
        assertThat(query(WorkList.jdbc(
                        "SELECT item_count FROM work_count WHERE locale = 'de' AND state = 'OUTDATED' AND live = TRUE",
                        List.of())))
                .extracting(r -> ((Number) r[0]).longValue())
                .containsExactly(1L);

        WorkList list = new WorkList(runner(), List.of("de", "fr"));
        WorkList.Filter any = new WorkList.Filter(null, null, null, null);
        long size = list.size(any);
        assertThat(size).isEqualTo(4);
        WorkList.Page first = list.page(any, size, null, 0, 2);
        assertThat(first.rows())
                .extracting(r -> r.locale() + " " + r.state())
                .containsExactly("de OUTDATED", "fr MISSING");
        WorkList.Page next = list.page(any, size, first, 2, 2);
        assertThat(next.rows())
                .extracting(r -> r.locale() + " " + r.state())
                .containsExactly("fr MISSING", "de IN_REVIEW");
        assertThat(list.page(any, size, next, 0, 2).rows()).isEqualTo(first.rows());
        WorkList.Filter search = new WorkList.Filter(null, null, null, "BET");
        assertThat(list.size(search)).isEqualTo(2);
        assertThat(list.page(search, 2, null, 0, 10).rows()).allMatch(r -> r.itemId() == 2);

        Overview overview = new Overview(runner(), locales);
        Overview.Filter all = new Overview.Filter(null, null, null, null);
        Overview.Page lines = overview.page(all, overview.size(all), null, 0, 1);
        assertThat(lines.lines()).extracting(Overview.Line::sourceTitle).containsExactly("Alpha");
        assertThat(overview.page(all, 2, lines, 1, 1).lines())
                .extracting(Overview.Line::sourceTitle)
                .containsExactly("Beta");
        Overview.Filter outdated = new Overview.Filter(null, "de", WorkState.OUTDATED, null);
        assertThat(overview.size(outdated)).isEqualTo(1);
        assertThat(overview.counters())
                .filteredOn(cnt -> cnt.locale().equals("de"))
                .extracting(Overview.LocaleCount::items, Overview.LocaleCount::live, Overview.LocaleCount::outdated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1L, 1L));
    }

    /** The stored outdated marks of an item's translations, by locale. */
    private java.util.Map<String, Boolean> outdatedMarks(long post) {
        java.util.Map<String, Boolean> marks = new java.util.TreeMap<>();
        query(WorkList.jdbc("SELECT locale, outdated FROM translation WHERE post_id = ?1", List.of(post)))
                .forEach(r -> marks.put((String) r[0], WorkStates.bool(r[1])));
        return marks;
    }

    private void sql(String statement) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theOutdatedMarkFollowsTheSourcesLiveRevisionAndWhatEachTranslationWasMadeFrom() throws Exception {
        post(1, "Alpha");
        translation(1, "de", "PUBLISHED", "Alpha de", 1);
        publication(1, "de", 1);
        translation(1, "fr", "IN_REVIEW", "Alpha fr", 1);
        translation(1, "it", "DRAFT", "Alpha it", null); // made from no recorded revision
        post(2, "Beta");
        translation(2, "de", "DRAFT", "Beta de", 1);
        WorkStates states = states();
        WorkStates.Item alpha = new WorkStates.Item(ItemKind.POST, 1);

        states.rebuild();
        assertThat(outdatedMarks(1))
                .containsExactly(
                        java.util.Map.entry("de", false),
                        java.util.Map.entry("en", false),
                        java.util.Map.entry("fr", false),
                        java.util.Map.entry("it", true));

        // The source goes live in a second revision: every other locale is outdated, whatever its status.
        sql("UPDATE publication SET revision_number = 2 WHERE post_id = 1 AND locale = 'en'");
        states.refresh(alpha);
        assertThat(outdatedMarks(1))
                .containsExactly(
                        java.util.Map.entry("de", true),
                        java.util.Map.entry("en", false),
                        java.util.Map.entry("fr", true),
                        java.util.Map.entry("it", true));
        assertThat(outdatedMarks(2)).as("another item is left as it was").containsEntry("de", false);

        // German is saved from the live revision: no longer outdated.
        sql("UPDATE translation SET based_on_source_revision = 2 WHERE post_id = 1 AND locale = 'de'");
        states.refresh(alpha);
        assertThat(outdatedMarks(1)).containsEntry("de", false).containsEntry("fr", true);

        // The source comes off the site: nothing is outdated by a text readers no longer see.
        sql("UPDATE publication SET withdrawn_at = CURRENT_TIMESTAMP WHERE post_id = 1 AND locale = 'en'");
        states.refresh(alpha);
        assertThat(outdatedMarks(1)).doesNotContainValue(true);

        // A rebuild gives what the refreshes gave.
        sql("UPDATE translation SET outdated = TRUE");
        states.rebuild();
        assertThat(outdatedMarks(1)).doesNotContainValue(true);
        assertThat(outdatedMarks(2)).doesNotContainValue(true);
    }
}
