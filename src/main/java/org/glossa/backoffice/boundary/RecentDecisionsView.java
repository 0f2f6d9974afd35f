package org.glossa.backoffice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.glossa.editorial.boundary.Translations;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.editorial.control.Decision;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.security.boundary.Accounts;
import org.glossa.security.boundary.Caller;

/**
 * On a translator's home, what the owner approved or rejected in their locales since their last visit. A visit is a
 * back-office sign-in ({@code SessionSignIn} records each on the account): the list counts from the start of the
 * visit before the current one, so it stays the same however often the home is opened during a visit, and a
 * translator who signs in again sees only what came after. On a first visit it counts from when the account was
 * made. The owner takes the decisions and is shown none. Three queries at most: the account, the audit log, the
 * titles of each kind.
 */
@Named("recentDecisions")
@RequestScoped
public class RecentDecisionsView {

    /** The newest this many are shown; a translator back from a long absence finds the rest in the work list. */
    static final int SHOWN = 50;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    Translations translations;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    private Instant since;
    private List<Line> lines;

    public boolean isShown() {
        return caller.authenticated() && !caller.owner();
    }

    private void read() {
        if (lines != null) {
            return;
        }
        since = accounts.find(caller.accountId()).orElseThrow().seenUntil();
        lines = translations.decidedSince(viewers.current(), since, SHOWN).stream()
                .map(this::line)
                .toList();
    }

    private Line line(Decision d) {
        LocaleDefinition locale = LocaleCatalog.standard().get(d.locale());
        return new Line(
                d.approved(),
                ui.t(d.approved() ? "backoffice.home.decided.approved" : "backoffice.home.decided.rejected"),
                d.title() == null ? "" : d.title(),
                locale.tag(),
                locale.direction().html(),
                locale.nativeName(),
                d.comment(),
                formatted(d.decidedAt()),
                d.decidedAt().toString(),
                "edit.xhtml?kind=" + d.kind().name().toLowerCase(Locale.ROOT) + "&id=" + d.itemId() + "&locale="
                        + locale.tag());
    }

    private String formatted(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getJavaLocale())
                .withZone(backOffice.ownerZone())
                .format(at);
    }

    public List<Line> getLines() {
        read();
        return lines;
    }

    /** When the previous visit began, in the UI's language. */
    public String getSince() {
        read();
        return formatted(since);
    }

    public String getSinceIso() {
        read();
        return since.toString();
    }

    /** Whether the list was cut at {@link #SHOWN}. */
    public boolean isCut() {
        read();
        return lines.size() >= SHOWN;
    }

    public int getLimit() {
        return SHOWN;
    }

    /** One decision as the home shows it. */
    public record Line(
            boolean approved,
            String verdict,
            String title,
            String lang,
            String dir,
            String localeName,
            String comment,
            String decidedAt,
            String decidedAtIso,
            String editUrl) {

        public boolean isApproved() {
            return approved;
        }

        public String getVerdict() {
            return verdict;
        }

        public String getTitle() {
            return title;
        }

        public String getLang() {
            return lang;
        }

        public String getDir() {
            return dir;
        }

        public String getLocaleName() {
            return localeName;
        }

        public String getComment() {
            return comment;
        }

        public String getDecidedAt() {
            return decidedAt;
        }

        public String getDecidedAtIso() {
            return decidedAtIso;
        }

        public String getEditUrl() {
            return editUrl;
        }
    }
}
