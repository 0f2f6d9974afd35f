package org.glossa.documents.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * One locale's lag over a day as a small line chart: the samples of each slice of the day (144 slices of 10 minutes)
 * reduced to their largest lag, drawn as an SVG polyline scaled to the day's largest lag or the SLA, whichever is
 * larger, with the SLA as a dashed line. Slices without a sample are drawn as zero.
 */
public final class LagChart {

    public static final int SLICES = 144;
    static final Duration SLICE = Duration.ofMinutes(10);
    static final int WIDTH = SLICES;
    static final int HEIGHT = 32;

    private final Instant end;
    private final long[] largest = new long[SLICES];

    /** A chart of the day that ends at {@code end}. */
    public LagChart(Instant end) {
        this.end = end;
    }

    /** Adds one sample; a sample outside the day is ignored. */
    public void add(Instant sampledAt, long lagSeconds) {
        long age = Duration.between(sampledAt, end).toSeconds();
        if (age < 0 || age >= SLICE.toSeconds() * SLICES) {
            return;
        }
        int slice = SLICES - 1 - (int) (age / SLICE.toSeconds());
        largest[slice] = Math.max(largest[slice], lagSeconds);
    }

    /** The largest lag of the day, in seconds. */
    public long largest() {
        return Arrays.stream(largest).max().orElse(0);
    }

    /** The points of the polyline (oldest slice on the left), in SVG user units of a {@link #WIDTH} x {@link #HEIGHT} box. */
    public String points(Duration sla) {
        long scale = Math.max(Math.max(largest(), sla.toSeconds()), 1);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < SLICES; i++) {
            double y = HEIGHT - 1 - (HEIGHT - 2) * (double) largest[i] / scale;
            points.append(i == 0 ? "" : " ").append(i).append(',').append(String.format(Locale.ROOT, "%.1f", y));
        }
        return points.toString();
    }

    /** Where the SLA's dashed line lies, in the same units. */
    public String slaY(Duration sla) {
        long scale = Math.max(Math.max(largest(), sla.toSeconds()), 1);
        return String.format(Locale.ROOT, "%.1f", HEIGHT - 1 - (HEIGHT - 2) * (double) sla.toSeconds() / scale);
    }
}
