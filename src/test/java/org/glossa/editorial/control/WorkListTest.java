package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glossa.content.entity.ItemKind;
import org.junit.jupiter.api.Test;

/**
 * How a page is read: by key beside the page before, from the nearer end otherwise, with the filter's conditions
 * and a sort key that matches the index the filter reads. The statements themselves run on PostgreSQL in the back
 * office's container tests and the benchmark; here a runner records what was asked and answers with rows.
 */
class WorkListTest {

    private record Asked(String sql, List<Object> parameters, int first, int max) {}

    private final List<Asked> asked = new ArrayList<>();

    private final WorkList.Runner runner = (sql, parameters, first, max) -> {
        asked.add(new Asked(sql, parameters, first, max));
        if (sql.startsWith("SELECT COALESCE(SUM") || sql.startsWith("SELECT COUNT")) {
            return List.<Object[]>of(new Object[] {42L});
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(0, max); i++) {
            rows.add(new Object[] {"POST", (long) i, "en", "Title " + i, "de", "MISSING"});
        }
        return rows;
    };

    private final WorkList list = new WorkList(runner, List.of("de", "fr"));
    private final WorkList.Filter any = new WorkList.Filter(null, null, null, null);

    @Test
    void theNextPageIsReadAfterTheLastKeyOfThePageBefore() {
        WorkList.Page first = list.page(any, 1000, null, 0, 10);
        assertThat(asked.get(0).first()).isZero();
        assertThat(asked.get(0).sql()).doesNotContain(" > (").contains("ORDER BY state_rank, source_title");

        list.page(any, 1000, first, 10, 10);
        Asked next = asked.get(1);
        assertThat(next.first()).as("no offset").isZero();
        assertThat(next.sql()).contains("(state_rank, source_title, kind, item_id, locale) > (");
        assertThat(next.parameters()).endsWith(2, "Title 9", "POST", 9L, "de");
    }

    @Test
    void thePreviousPageIsReadBackwardsBeforeTheFirstKeyAndComesInOrder() {
        WorkList.Page page = list.page(any, 1000, null, 500, 10);
        asked.clear();
        WorkList.Page before = list.page(any, 1000, page, 490, 10);
        assertThat(asked.get(0).sql()).contains(") < (").contains("state_rank DESC");
        assertThat(before.rows()).extracting(WorkList.Row::sourceTitle).startsWith("Title 9", "Title 8");
        assertThat(before.window().first()).isEqualTo(490);
    }

    @Test
    void theLastPageIsReadBackwardsFromTheEndAndAJumpFromTheNearerEnd() {
        list.page(any, 1005, null, 1000, 10);
        assertThat(asked.get(0).sql()).contains("DESC").doesNotContain(") < (");
        assertThat(asked.get(0).max()).as("only what is left").isEqualTo(5);
        assertThat(asked.get(0).first()).isZero();

        list.page(any, 1005, null, 900, 10);
        assertThat(asked.get(1).sql()).contains("DESC");
        assertThat(asked.get(1).first()).as("from the end").isEqualTo(95);

        list.page(any, 1005, null, 100, 10);
        assertThat(asked.get(2).sql()).doesNotContain("DESC");
        assertThat(asked.get(2).first()).isEqualTo(100);
    }

    @Test
    void aFixedLocaleOrKindLeavesItsColumnOutOfTheKey() {
        WorkList.Filter deposts = new WorkList.Filter(WorkState.MISSING, "de", ItemKind.POST, null);
        WorkList.Page first = list.page(deposts, 1000, null, 0, 10);
        list.page(deposts, 1000, first, 10, 10);
        assertThat(asked.get(1).sql())
                .contains("locale = ?1 AND kind = ?2 AND state_rank = ?3")
                .contains("(state_rank, source_title, item_id) > (");
    }

    @Test
    void aTranslatorsStatementsNameTheirLocalesAndTheTotalIsTheCountersSum() {
        assertThat(list.size(any)).isEqualTo(42);
        assertThat(asked.get(0).sql()).startsWith("SELECT COALESCE(SUM(item_count), 0) FROM work_count");
        assertThat(asked.get(0).sql()).contains("locale IN (?1, ?2)");
        assertThat(asked.get(0).parameters()).containsExactly("de", "fr");
        list.page(any, 1000, null, 0, 10);
        assertThat(asked.get(1).sql())
                .as("a page: one branch per locale, merged in the list's order")
                .contains("WHERE source = FALSE AND state_rank < 7 AND locale = ?1")
                .contains(" UNION ALL ")
                .contains("AND locale = ?2")
                .endsWith("ORDER BY state_rank, source_title, kind, item_id, locale");
        assertThat(asked.get(1).parameters()).containsExactly("de", "fr");
    }

    @Test
    void aSearchIsCountedOnTheRows() {
        WorkList.Filter search = new WorkList.Filter(null, null, null, "50%_off");
        list.size(search);
        assertThat(asked.get(0).sql())
                .startsWith("SELECT COUNT(*) FROM work_state")
                .contains("LIKE ?3 ESCAPE");
        assertThat(asked.get(0).parameters()).endsWith("%50\\%\\_off%");
    }

    @Test
    void aJumpNearThePageBeforeSkipsFromItsKey() {
        WorkList.Page page = list.page(any, 100_000, null, 50_000, 10);
        asked.clear();
        list.page(any, 100_000, page, 50_030, 10);
        assertThat(asked.get(0).sql()).contains(") > (");
        assertThat(asked.get(0).first()).as("three pages on: two pages skipped").isEqualTo(20);
        asked.clear();
        list.page(any, 100_000, page, 49_970, 10);
        assertThat(asked.get(0).sql()).contains(") < (");
        assertThat(asked.get(0).first()).isEqualTo(20);
    }

    @Test
    void aLocaleOutsideTheViewersAsksNothing() {
        WorkList.Filter elsewhere = new WorkList.Filter(null, "ar", ItemKind.POST, null);
        assertThat(list.page(elsewhere, 100, null, 0, 10).rows()).isEmpty();
        assertThat(list.size(elsewhere)).isZero();
        assertThat(asked).isEmpty();
    }

    @Test
    void numberedParametersBecomeJdbcPlaceholdersInTheirOrder() {
        WorkList.Sql sql = WorkList.jdbc("a = ?1 AND b = ?2 UNION c = ?1", List.of("x", "y"));
        assertThat(sql.text()).isEqualTo("a = ? AND b = ? UNION c = ?");
        assertThat(sql.parameters()).containsExactly("x", "y", "x");
    }
}
