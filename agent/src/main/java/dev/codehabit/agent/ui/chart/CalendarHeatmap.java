package dev.codehabit.agent.ui.chart;

import dev.codehabit.agent.stats.DurationText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A GitHub-style year of days: one square per day, darker for more coding, weeks as columns. */
public final class CalendarHeatmap extends ChartCanvas {
    private static final double LEFT = 30;
    private static final double TOP = 16;
    private static final DateTimeFormatter TOOLTIP_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private LocalDate from = LocalDate.now().minusDays(364);
    private LocalDate to = LocalDate.now();
    private Map<LocalDate, Double> seconds = Map.of();

    public CalendarHeatmap() {
        setMinHeight(120);
        setPrefHeight(130);
    }

    public void setData(LocalDate from, LocalDate to, Map<LocalDate, Double> seconds) {
        this.from = from;
        this.to = to;
        this.seconds = Map.copyOf(seconds);
        redraw();
    }

    private LocalDate firstMonday() {
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private double cell(double width) {
        long weeks = ChronoUnit.WEEKS.between(firstMonday(), to) + 1;
        return Math.max(6, Math.min(16, (width - LEFT - 4) / weeks));
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        double cell = Math.min(cell(width), (height - TOP - 2) / 7);
        double gap = Math.max(1.5, cell * 0.16);
        double max = seconds.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette().mutedText());
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}) {
            g.fillText(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, TOP + (d.getValue() - 1) * cell + cell / 2);
        }
        LocalDate start = firstMonday();
        int lastMonth = -1;
        double lastLabelX = -100;
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            long week = ChronoUnit.WEEKS.between(start, d);
            double x = LEFT + week * cell;
            double y = TOP + (d.getDayOfWeek().getValue() - 1) * cell;
            if (d.getDayOfWeek() == DayOfWeek.MONDAY && d.getMonthValue() != lastMonth && !d.isBefore(from)
                    && x - lastLabelX > 3 * cell) {
                lastMonth = d.getMonthValue();
                lastLabelX = x;
                g.setFill(palette().mutedText());
                g.setTextBaseline(VPos.TOP);
                g.fillText(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), x, 0);
                g.setTextBaseline(VPos.CENTER);
            }
            if (d.isBefore(from)) {
                continue;
            }
            g.setFill(palette().heat(seconds.getOrDefault(d, 0.0), max));
            g.fillRoundRect(x, y, cell - gap, cell - gap, 3, 3);
        }
    }


    @Override
    protected Optional<String> tooltipAt(double x, double y) {
        double cell = Math.min(cell(getWidth()), (getHeight() - TOP - 2) / 7);
        if (x < LEFT || y < TOP) {
            return Optional.empty();
        }
        int week = (int) ((x - LEFT) / cell);
        int dow = (int) ((y - TOP) / cell);
        if (dow > 6) {
            return Optional.empty();
        }
        LocalDate d = firstMonday().plusWeeks(week).plusDays(dow);
        if (d.isBefore(from) || d.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(TOOLTIP_DATE.format(d) + "\nCoding: " + DurationText.compact(seconds.getOrDefault(d, 0.0)));
    }
}
