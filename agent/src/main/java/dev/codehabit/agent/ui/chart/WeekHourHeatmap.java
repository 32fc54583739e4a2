package dev.codehabit.agent.ui.chart;

import dev.codehabit.agent.stats.DurationText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** "Best coding hours": weekday rows × hour-of-day columns, darker for more coding in that hour. */
public final class WeekHourHeatmap extends ChartCanvas {
    private static final double LEFT = 34;
    private static final double TOP = 16;
    private double[][] seconds = new double[7][24];

    public WeekHourHeatmap() {
        setMinHeight(150);
        setPrefHeight(170);
    }

    /** @param seconds [weekday 0 = Monday][hour 0..23] */
    public void setData(double[][] seconds) {
        this.seconds = seconds;
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double cw = (width - LEFT - 2) / 24;
        double ch = (height - TOP - 2) / 7;
        double max = 0;
        for (double[] row : seconds) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        g.setFont(Font.font(10));
        g.setFill(palette().mutedText());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int h = 0; h < 24; h += 3) {
            g.fillText(String.format("%02d", h), LEFT + h * cw + cw / 2, 0);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int d = 0; d < 7; d++) {
            g.setFill(palette().mutedText());
            g.fillText(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, TOP + d * ch + ch / 2);
            for (int h = 0; h < 24; h++) {
                g.setFill(palette().heat(seconds[d][h], max));
                g.fillRoundRect(LEFT + h * cw + 1, TOP + d * ch + 1, cw - 2, ch - 2, 4, 4);
            }
        }
    }


    @Override
    protected Optional<String> tooltipAt(double x, double y) {
        double cw = (getWidth() - LEFT - 2) / 24;
        double ch = (getHeight() - TOP - 2) / 7;
        int h = (int) ((x - LEFT) / cw);
        int d = (int) ((y - TOP) / ch);
        if (x < LEFT || y < TOP || h > 23 || d > 6) {
            return Optional.empty();
        }
        return Optional.of(DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + String.format(" %02d:00–%02d:00", h, (h + 1) % 24) + "\nCoding: " + DurationText.compact(seconds[d][h]));
    }
}
