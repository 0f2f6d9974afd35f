package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.ItemRanges;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;
import org.junit.jupiter.api.Test;

class GroupStatusesTest {

    private static final ItemRanges RENDERED =
            new ItemRanges(List.of(new ItemRanges.Range(1, 2000)), List.of(new ItemRanges.Range(1, 1000)));
    private static final PartGroup FIRST_POSTS = PartGroup.of(ItemKind.POST, 0, 1000);
    private static final PartGroup NEXT_POSTS = PartGroup.of(ItemKind.POST, 1, 1000);
    private static final PartGroup ROLES = PartGroup.of(ItemKind.EXPERIENCE, 0, 1000);
    private static final Site ANY_SITE = null; // the statuses answered here do not look at the site

    private final List<String> reads = new ArrayList<>();
    private final List<String> answeredBy = new ArrayList<>();

    /** Statuses that record when they were asked for (a source that reads in the background starts then). */
    private PageStatus source(String name, ItemRanges ranges) {
        String source = name + " " + ranges;
        reads.add(source);
        return (site, path) -> {
            answeredBy.add(source);
            return 200;
        };
    }

    private GroupStatuses statuses() {
        return new GroupStatuses(ranges -> source("group", ranges), ranges -> source("by site", ranges), RENDERED);
    }

    private static String group(long first, long last, boolean posts) {
        ItemRanges.Range range = new ItemRanges.Range(first, last);
        return "group "
                + (posts ? new ItemRanges(List.of(range), List.of()) : new ItemRanges(List.of(), List.of(range)));
    }

    @Test
    void readsTheGroupBeingRenderedAndTheNextOneAtOnceThenEveryRenderedGroupSiteBySite() {
        GroupStatuses statuses = statuses();

        statuses.focus(NEXT_POSTS, Optional.of(ROLES));
        assertThat(reads)
                .as("the next group is asked for before this one's statuses")
                .containsExactly(group(1001, 2000, true), group(1, 1000, false));
        statuses.of(ANY_SITE, "/blog/a");
        statuses.of(ANY_SITE, "/blog/b");
        statuses.focus(ROLES, Optional.empty());
        statuses.of(ANY_SITE, "/experience/c");
        statuses.unfocus();
        statuses.of(ANY_SITE, "/experience/d");

        assertThat(reads)
                .as("each group read once")
                .containsExactly(group(1001, 2000, true), group(1, 1000, false), "by site " + RENDERED);
        assertThat(answeredBy)
                .containsExactly(
                        group(1001, 2000, true), group(1001, 2000, true), group(1, 1000, false), "by site " + RENDERED);
    }

    @Test
    void aGroupOtherThanTheOneAnnouncedIsReadWhenFocusedAndTheAnnouncedOneIsDropped() {
        GroupStatuses statuses = statuses();

        statuses.focus(FIRST_POSTS, Optional.of(NEXT_POSTS));
        statuses.focus(ROLES, Optional.empty());
        statuses.of(ANY_SITE, "/experience/c");

        assertThat(reads).containsExactly(group(1, 1000, true), group(1001, 2000, true), group(1, 1000, false));
        assertThat(answeredBy).containsExactly(group(1, 1000, false));
    }

    @Test
    void afterUnfocusTheGroupAnnouncedIsNotTakenForItsOwnFocus() {
        GroupStatuses statuses = statuses();

        statuses.focus(FIRST_POSTS, Optional.of(NEXT_POSTS));
        statuses.unfocus();
        statuses.focus(NEXT_POSTS, Optional.empty());
        statuses.of(ANY_SITE, "/blog/a");

        assertThat(reads)
                .as("read again: what was read ahead before the unfocus may be older")
                .containsExactly(group(1, 1000, true), group(1001, 2000, true), group(1001, 2000, true));
        assertThat(answeredBy).containsExactly(group(1001, 2000, true));
    }
}
