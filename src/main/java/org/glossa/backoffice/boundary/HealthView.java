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
 * index and feed built from the configured sites; and the outbound notifications that exhausted their retries, each
 * sent again on demand. Owner only: the back office's filter answers anyone else 403.
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

    /** One dead letter as the screen shows it. */
    public record DeadLetter(long id, String kind, String target, int attempts, String lastError, String createdAt) {}

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

    public List<DeadLetter> getDeadLetters() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getJavaLocale())
                .withZone(backOffice.ownerZone());
        return notifications.deadLetters().stream()
                .map((OutboundNotification n) -> new DeadLetter(
                        n.id(),
                        n.kind().name(),
                        n.targetUrl(),
                        n.attempts(),
                        n.lastError() == null ? "" : n.lastError(),
                        format.format(n.createdAt())))
                .toList();
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
        boolean queued = notifications.retry(id);
        message(queued ? "backoffice.health.retried" : "backoffice.health.notDead");
    }

    /** Puts every dead letter back in the queue, due now. */
    public void retryAll() {
        int queued = 0;
        for (OutboundNotification n : notifications.deadLetters()) {
            if (notifications.retry(n.id())) {
                queued++;
            }
        }
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
