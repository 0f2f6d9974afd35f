package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LagChartTest {

    private static final Instant END = Instant.parse("2026-12-05T12:00:00Z");
    private static final Duration SLA = Duration.ofMinutes(5);

    @Test
    void eachTenMinuteSliceShowsItsLargestLagOldestOnTheLeft() {
        LagChart chart = new LagChart(END);
        chart.add(END.minusSeconds(30), 100);
        chart.add(END.minusSeconds(300), 600);
        chart.add(END.minus(Duration.ofHours(23).plusMinutes(55)), 300);

        String[] points = chart.points(SLA).split(" ");

        assertThat(points).hasSize(LagChart.SLICES);
        assertThat(chart.largest()).isEqualTo(600);
        assertThat(points[LagChart.SLICES - 1])
                .as("the newest slice: its largest, 600 s, at the top")
                .isEqualTo("143,1.0");
        assertThat(points[0]).as("the oldest slice: 300 s of 600").isEqualTo("0,16.0");
        assertThat(points[70]).as("no sample: zero, at the bottom").isEqualTo("70,31.0");
    }

    @Test
    void samplesOutsideTheDayAreIgnoredAndTheSlaSetsTheScaleWhenLagsAreSmaller() {
        LagChart chart = new LagChart(END);
        chart.add(END.plusSeconds(60), 10_000);
        chart.add(END.minus(Duration.ofHours(25)), 10_000);
        chart.add(END.minusSeconds(60), 150);

        assertThat(chart.largest()).isEqualTo(150);
        assertThat(chart.slaY(SLA)).as("the SLA at the top of the scale").isEqualTo("1.0");
        assertThat(chart.points(SLA)).endsWith("143,16.0");
    }
}
