package org.glossa.backoffice.boundary;

import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.glossa.documents.control.LagChart;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.domains.control.Site;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** One locale's publishing health as the health screen shows it, in the owner's time zone and UI language. */
public class HealthRow implements Serializable {

    private final String locale;
    private final String localeName;
    private final String lastPublication;
    private final String lastPublicationIso;
    private final String lastGeneration;
    private final String lastGenerationIso;
    private final String lag;
    private final boolean breached;
    private final String state;
    private final String problem;
    private final int brokenPermalinks;
    private final String sitemapUrl;
    private final String feedUrl;
    private final String chartPoints;
    private final String chartSlaY;
    private final String chartLabel;

    HealthRow(
            LocalePublishing p,
            int brokenPermalinks,
            Site site,
            LagChart chart,
            Duration sla,
            UiLanguage ui,
            ZoneId zone) {
        LocaleDefinition definition = LocaleCatalog.standard().get(p.locale());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(ui.getJavaLocale())
                .withZone(zone);
        this.locale = definition.tag();
        this.localeName = definition.nativeName();
        this.lastPublication = when(p.lastPublicationAt(), format, ui);
        this.lastPublicationIso = iso(p.lastPublicationAt());
        this.lastGeneration = when(p.lastSuccessfulGenerationAt(), format, ui);
        this.lastGenerationIso = iso(p.lastSuccessfulGenerationAt());
        this.lag = duration(p.lag(), ui);
        this.breached = p.state() == LocalePublishing.SlaState.BREACHED;
        this.state = ui.t(breached ? "backoffice.health.breached" : "backoffice.health.ok");
        this.problem = p.lastError() != null ? p.lastError() : p.cause() == null ? "" : p.cause();
        this.brokenPermalinks = brokenPermalinks;
        this.sitemapUrl = site.url("/sitemap.xml");
        this.feedUrl = site.url("/feed.xml");
        this.chartPoints = chart.points(sla);
        this.chartSlaY = chart.slaY(sla);
        this.chartLabel =
                ui.t1("backoffice.health.chartLabel", "max", duration(Duration.ofSeconds(chart.largest()), ui));
    }

    private static String when(Instant at, DateTimeFormatter format, UiLanguage ui) {
        return at == null ? ui.t("backoffice.health.never") : format.format(at);
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    /** The lag in the UI's language, to the second: "2 min, 5 sec". */
    private static String duration(Duration lag, UiLanguage ui) {
        long seconds = lag.toSeconds();
        com.ibm.icu.text.MeasureFormat format = com.ibm.icu.text.MeasureFormat.getInstance(
                com.ibm.icu.util.ULocale.forLocale(ui.getJavaLocale()),
                com.ibm.icu.text.MeasureFormat.FormatWidth.SHORT);
        if (seconds < 60) {
            return format.formatMeasures(new Measure(seconds, MeasureUnit.SECOND));
        }
        if (seconds < 3600) {
            return format.formatMeasures(
                    new Measure(seconds / 60, MeasureUnit.MINUTE), new Measure(seconds % 60, MeasureUnit.SECOND));
        }
        return format.formatMeasures(
                new Measure(seconds / 3600, MeasureUnit.HOUR), new Measure(seconds % 3600 / 60, MeasureUnit.MINUTE));
    }

    public String getLocale() {
        return locale;
    }

    public String getLocaleName() {
        return localeName;
    }

    public String getLastPublication() {
        return lastPublication;
    }

    public String getLastPublicationIso() {
        return lastPublicationIso;
    }

    public String getLastGeneration() {
        return lastGeneration;
    }

    public String getLastGenerationIso() {
        return lastGenerationIso;
    }

    public String getLag() {
        return lag;
    }

    public boolean isBreached() {
        return breached;
    }

    public String getState() {
        return state;
    }

    /** Why the SLA is breached, or the newest run's error; empty when all is well. */
    public String getProblem() {
        return problem;
    }

    public int getBrokenPermalinks() {
        return brokenPermalinks;
    }

    public String getSitemapUrl() {
        return sitemapUrl;
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    /** The lag over the last day as SVG polyline points, oldest on the left (see {@link LagChart}). */
    public String getChartPoints() {
        return chartPoints;
    }

    public String getChartSlaY() {
        return chartSlaY;
    }

    /** What the chart says, for those who do not see it. */
    public String getChartLabel() {
        return chartLabel;
    }
}
