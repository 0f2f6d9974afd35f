package org.glossa.backoffice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glossa.documents.boundary.LagSamples;
import org.glossa.documents.boundary.PublishingMonitor;
import org.glossa.documents.boundary.PublishingRuns;
import org.glossa.documents.boundary.RegenerationOrders;
import org.glossa.documents.control.LagChart;
import org.glossa.documents.entity.PublishingState;
import org.glossa.domains.boundary.Sites;
import org.glossa.editorial.boundary.Viewers;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.notifications.boundary.Notifications;
import org.glossa.notifications.entity.OutboundNotification;

/**
 * The owner's publishing health: per locale the data of {@code GET /api/v1/publishing/status} (newest publication,
 * newest successful generation, lag, SLA state, the error, broken permalinks) with links to the locale's sitemap
 * index and feed built from the configured sites; and the outbound notifications not delivered yet: waiting, failed
 * and waiting for another attempt, or dead letters, which the owner sends again one by one or all at once. Owner only: the back office's filter answers anyone else 403.
 */
@Named("health")
@ViewScoped
public class HealthView implements Serializable {

    @Inject
    PublishingMonitor monitor;

    @Inject
    PublishingRuns runs;

    @Inject
    Notifications notifications;

    @Inject
    Sites sites;

    @Inject
    RegenerationOrders orders;

    @Inject
    LagSamples samples;

    @Inject
    Viewers viewers;

    @Inject
    UiLanguage ui;

    @Inject
    BackOffice backOffice;

    /** One "Regenerate now" as the screen lists it: who asked, for which locale (all of them, or one), when. */
    public record Order(String actor, String locale, String localeName, String at, String atIso) {}

    /** At most this many undelivered notifications are listed; the screen says when there are more. */
    static final int UNDELIVERED_SHOWN = 100;

    /**
     * One notification not delivered yet as the screen shows it: waiting for its first attempt, failed and waiting for
     * the next one, or dead (it gave up and waits for the owner).
     */
    public record Undelivered(
            long id,
            String state,
            boolean dead,
            String kind,
            String target,
            int attempts,
            String nextAttempt,
            String lastError,
            String createdAt) {}

    private transient List<Undelivered> undelivered;

    public List<HealthRow> getLocales() {
        ZoneId zone = backOffice.ownerZone();
        LocaleCatalog catalog = LocaleCatalog.standard();
        Map<String, PublishingState> states =
                runs.all().stream().collect(Collectors.toMap(PublishingState::locale, Function.identity()));
        Instant now = Instant.now();
        Map<String, LagChart> charts = samples.lastDay(now);
        return monitor.evaluate().stream()
                .map(p -> new HealthRow(
                        p,
                        states.containsKey(p.locale()) ? states.get(p.locale()).brokenPermalinks() : 0,
                        sites.directory().site(catalog.get(p.locale())),
                        charts.getOrDefault(p.locale(), new LagChart(now)),
                        monitor.sla(),
                        ui,
                        zone))
                .toList();
    }

    /** Dead letters first, then what waits for an attempt; read once per request. */
    public List<Undelivered> getUndelivered() {
        if (undelivered == null) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(ui.getJavaLocale())
                    .withZone(backOffice.ownerZone());
            undelivered = notifications.undelivered(UNDELIVERED_SHOWN).stream()
                    .map(n -> undelivered(n, format))
                    .toList();
        }
        return undelivered;
    }

    private Undelivered undelivered(OutboundNotification n, DateTimeFormatter format) {
        boolean dead = n.status() == OutboundNotification.Status.DEAD;
        String state = dead
                ? ui.t("backoffice.health.stateDead")
                : n.attempts() == 0
                        ? ui.t("backoffice.health.stateWaiting")
                        : ui.t1("backoffice.health.stateRetrying", "count", n.attempts());
        return new Undelivered(
                n.id(),
                state,
                dead,
                n.kind().name(),
                n.targetUrl(),
                n.attempts(),
                dead ? "" : format.format(n.nextAttemptAt()),
                n.lastError() == null ? "" : n.lastError(),
                format.format(n.createdAt()));
    }

    public boolean isAnyDead() {
        return getUndelivered().stream().anyMatch(Undelivered::dead);
    }

    public boolean isMoreUndelivered() {
        return getUndelivered().size() >= UNDELIVERED_SHOWN;
    }

    /** Regenerates one locale's documents now, through the Quartz job like any run; recorded with who asked. */
    public void regenerate(String locale) {
        var owner = viewers.current();
        owner.requireOwner();
        orders.order(owner.username(), locale, Instant.now());
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                ui.t1(
                                        "backoffice.health.regenerating",
                                        "locale",
                                        LocaleCatalog.standard().get(locale).nativeName()),
                                ""));
    }

    /** Regenerates every locale's documents now. */
    public void regenerateAll() {
        var owner = viewers.current();
        owner.requireOwner();
        orders.order(owner.username(), null, Instant.now());
        message("backoffice.health.regeneratingAll");
    }

    /** The newest "Regenerate now" requests, newest first. */
    public List<Order> getOrders() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(ui.getJavaLocale())
                .withZone(backOffice.ownerZone());
        return orders.recent(10).stream()
                .map(o -> new Order(
                        o.actor(),
                        o.locale().orElse(null),
                        o.locale()
                                .flatMap(tag -> LocaleCatalog.standard().find(tag))
                                .map(l -> l.nativeName())
                                .orElse(ui.t("backoffice.health.allLocales")),
                        format.format(o.orderedAt()),
                        o.orderedAt().toString()))
                .toList();
    }

    /** Puts one dead letter back in the queue, due now. */
    public void retry(long id) {
        viewers.current().requireOwner();
        boolean queued = notifications.retry(id);
        undelivered = null;
        message(queued ? "backoffice.health.retried" : "backoffice.health.notDead");
    }

    /** Puts every dead letter back in the queue, due now. */
    public void retryAll() {
        viewers.current().requireOwner();
        int queued = notifications.retryAll();
        undelivered = null;
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                ui.t1("backoffice.health.retriedAll", "count", queued),
                                ""));
    }

    private void message(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ui.t(key), ""));
    }
}
