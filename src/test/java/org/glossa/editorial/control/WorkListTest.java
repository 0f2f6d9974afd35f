package org.glossa.editorial.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.entity.ItemKind;
import org.junit.jupiter.api.Test;

/**
 * How a page is cut into the states its range covers. The statements themselves run on PostgreSQL in the back
 * office's container tests and the benchmark; here a runner answers each state's statement with as many rows as
 * that state has from the asked position, and records what was asked.
 */
class WorkListTest {

    private static final Pattern STATE = Pattern.compile("WHERE w\\.state = '([A-Z_]+)'");

    private final List<String> asked = new ArrayList<>();
    private final Map<WorkState, Long> counts = new EnumMap<>(WorkState.class);

    private final WorkList.Runner runner = (sql, parameters, first, max) -> {
        Matcher m = STATE.matcher(sql);
        assertThat(m.find()).as("a page reads one state per statement").isTrue();
        WorkState state = WorkState.valueOf(m.group(1));
        long size = counts.getOrDefault(state, 0L);
        if (sql.startsWith("SELECT COUNT(*)")) {
            asked.add("count " + state);
            return List.<Object[]>of(new Object[] {size});
        }
        asked.add(state + " " + first + "+" + max);
        List<Object[]> rows = new ArrayList<>();
        for (long i = first; i < Math.min(size, (long) first + max); i++) {
            rows.add(new Object[] {"POST", i, "en", "Title " + i, "de", state.name()});
        }
        return rows;
    };

    private final WorkList list = new WorkList(runner, List.of("de", "fr"));
    private final WorkList.Filter any = new WorkList.Filter(null, null, null, null);
    private final Map<WorkState, Long> counted = new EnumMap<>(WorkState.class);

    /** A list long enough to be read state by state. */
    private static final long MANY = WorkList.FEW + 1;

    @Test
    void theStatesBeforeThePageAreCountedOnceThenThePageIsOneStatementAtItsOffset() {
        counts.put(WorkState.REJECTED, 3L);
        counts.put(WorkState.MISSING, 500L);
        List<WorkList.Row> rows = list.page(any, MANY, counted, 23, 10);
        assertThat(asked).containsExactly("count REJECTED", "count OUTDATED", "count MISSING", "MISSING 20+10");
        assertThat(rows).hasSize(10).allMatch(r -> r.state() == WorkState.MISSING);

        asked.clear();
        list.page(any, MANY, counted, 33, 10);
        assertThat(asked).as("the counts are kept for the next page").containsExactly("MISSING 30+10");
    }

    @Test
    void aPageAcrossStatesReadsEachFromWhereTheLastEnded() {
        counts.put(WorkState.REJECTED, 3L);
        counts.put(WorkState.OUTDATED, 4L);
        counts.put(WorkState.MISSING, 500L);
        List<WorkList.Row> rows = list.page(any, MANY, counted, 1, 10);
        assertThat(asked)
                .containsExactly(
                        "count REJECTED",
                        "REJECTED 1+10",
                        "count OUTDATED",
                        "OUTDATED 0+8",
                        "count MISSING",
                        "MISSING 0+4");
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(WorkList.Row::state).startsWith(WorkState.REJECTED, WorkState.REJECTED);
    }

    @Test
    void theLastStateIsNeverCounted() {
        counts.put(WorkState.DRAFT, 5L);
        counts.put(WorkState.PUBLISHED, 12L);
        assertThat(list.page(any, MANY, counted, 10, 10)).hasSize(7);
        assertThat(asked).doesNotContain("count PUBLISHED").endsWith("PUBLISHED 5+10");
    }

    @Test
    void aStateFilterReadsThatStateAlone() {
        counts.put(WorkState.OUTDATED, 40L);
        WorkList.Filter outdated = new WorkList.Filter(WorkState.OUTDATED, null, null, null);
        assertThat(list.page(outdated, MANY, counted, 30, 10)).hasSize(10);
        assertThat(asked).containsExactly("OUTDATED 30+10");
    }

    @Test
    void aShortListOrADeepPageIsOneStatementWithoutCounting() {
        WorkList.Runner whole = (sql, parameters, first, max) -> {
            asked.add((sql.contains("ORDER BY CASE w.state") ? "whole list " : "other ") + first + "+" + max);
            return List.of();
        };
        new WorkList(whole, List.of("de")).page(any, WorkList.FEW, counted, 10, 10);
        new WorkList(whole, List.of("de")).page(any, MANY * 10, counted, (int) WorkList.FEW + 30, 10);
        assertThat(asked).as("a short list, a deep page").containsExactly("whole list 10+10", "whole list 2030+10");
    }

    @Test
    void aLocaleOutsideTheViewersAsksNothing() {
        counts.put(WorkState.MISSING, 5L);
        WorkList.Filter elsewhere = new WorkList.Filter(null, "ar", ItemKind.POST, null);
        assertThat(list.page(elsewhere, MANY, counted, 0, 10)).isEmpty();
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
