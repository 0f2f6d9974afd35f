package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.Site;
import org.junit.jupiter.api.Test;

class GroupStatusesTest {

    private static final ItemRanges RENDERED =
            new ItemRanges(List.of(new ItemRanges.Range(1, 2000)), List.of(new ItemRanges.Range(1, 1000)));

    @Test
    void readsTheGroupBeingRenderedInEveryLocaleThenEveryRenderedGroupSiteBySite() {
        List<String> reads = new ArrayList<>();
        GroupStatuses statuses = new GroupStatuses(
                ranges -> {
                    reads.add("group " + ranges);
                    return (site, path) -> 200;
                },
                ranges -> {
                    reads.add("by site " + ranges);
                    return (site, path) -> 200;
                },
                RENDERED);
        Site de = null; // the statuses answered here do not look at the site
        statuses.focus(PartGroup.of(ItemKind.POST, 1, 1000));
        assertThat(statuses.of(de, "/blog/a")).isEqualTo(200);
        assertThat(statuses.of(de, "/blog/b")).isEqualTo(200);
        statuses.focus(PartGroup.of(ItemKind.EXPERIENCE, 0, 1000));
        statuses.unfocus();
        assertThat(statuses.of(de, "/experience/c")).isEqualTo(200);

        assertThat(reads)
                .containsExactly(
                        "group " + new ItemRanges(List.of(new ItemRanges.Range(1001, 2000)), List.of()),
                        "group " + new ItemRanges(List.of(), List.of(new ItemRanges.Range(1, 1000))),
                        "by site " + RENDERED);
    }
}
