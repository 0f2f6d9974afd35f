package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BackOfficeFilterTest {

    @Test
    void redirectsAreRelativeSoTheyNeverCarryTheRequestsHost() {
        for (String from : new String[] {"/admin", "/admin/", "/admin/index.xhtml", "/admin/editorial/queue.xhtml"}) {
            String location = BackOfficeFilter.relativeTo(from, "/admin/signin.xhtml");

            assertThat(location).doesNotContain("//").doesNotStartWith("/");
            assertThat(URI.create("https://admin.example.com" + from).resolve(location))
                    .as(from)
                    .hasToString("https://admin.example.com/admin/signin.xhtml");
        }
    }

    @Test
    void theOwnersPagesIncludeTheCalendarButNotTheTranslatorsOwn() {
        assertThat(BackOfficeFilter.ownersOnly("/admin/calendar.xhtml")).isTrue();
        assertThat(BackOfficeFilter.ownersOnly("/admin/review-item.xhtml")).isTrue();
        assertThat(BackOfficeFilter.ownersOnly("/admin/health.xhtml")).isTrue();
        assertThat(BackOfficeFilter.ownersOnly("/admin/index.xhtml")).isFalse();
        assertThat(BackOfficeFilter.ownersOnly("/admin/edit.xhtml")).isFalse();
    }
}
