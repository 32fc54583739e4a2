package dev.codehabit.agent.ui.chart;

import dev.codehabit.agent.stats.DurationText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One stacked bar per day (coding, productive web, distracting web ...), with an hour axis. */
public final class StackedDayBars extends ChartCanvas {
    public record Series(String name, Color color) {}

    public record Day(LocalDate date, double[] seconds) {
        double total() {
            double t = 0;
            for (double s : seconds) {
                t += s;
            }
            return t;
        }
    }

    private static final double LEFT = 40;
    private static final double BOTTOM = 22;
    private static final double TOP = 8;
    private static final DateTimeFormatter TOOLTIP_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private List<Series> series = List.of();
    private List<Day> days = List.of();

    public StackedDayBars() {
        setMinHeight(180);
        setPrefHeight(220);
    }

    public void setData(List<Series> series, List<Day> days) {
        this.series = List.copyOf(series);
        this.days = List.copyOf(days);
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (days.isEmpty()) {
            return;
        }
        double max = Math.max(3600, days.stream().mapToDouble(Day::total).max().orElse(0));
        double stepHours = niceStep(max / 3600.0);
        double top = Math.ceil(max / 3600.0 / stepHours) * stepHours * 3600;
        double plotH = height - BOTTOM - TOP;
        double plotW = width - LEFT - 4;
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (double h = 0; h <= top + 1; h += stepHours * 3600) {
            double y = TOP + plotH - h / top * plotH;
            g.setStroke(palette().grid());
            g.setLineWidth(1);
            g.strokeLine(LEFT, Math.round(y) + 0.5, width - 4, Math.round(y) + 0.5);
            g.setFill(palette().mutedText());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Durations.hours(h), LEFT - 6, y);
        }
        double slot = plotW / days.size();
        double barW = Math.max(1, Math.min(36, slot * 0.72));
        int labelEvery = Math.max(1, (int) Math.ceil(36 / slot));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double y = TOP + plotH;
            for (int s = 0; s < series.size() && s < day.seconds().length; s++) {
                double h = day.seconds()[s] / top * plotH;
                if (h <= 0) {
                    continue;
                }
                g.setFill(series.get(s).color());
                g.fillRoundRect(x, y - h, barW, h, Math.min(4, barW / 2), Math.min(4, barW / 2));
                y -= h;
            }
            boolean label = days.size() > 62 ? day.date().getDayOfMonth() == 1 : i % labelEvery == 0;
            if (label) {
                g.setFill(palette().mutedText());
                g.fillText(axisLabel(day.date()), x + barW / 2, TOP + plotH + 5);
            }
        }
    }

    private String axisLabel(LocalDate date) {
        if (days.size() <= 7) {
            return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        if (days.size() <= 62) {
            return Integer.toString(date.getDayOfMonth());
        }
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH); // the year view labels months
    }

    @Override
    protected Optional<String> tooltipAt(double x, double y) {
        if (days.isEmpty() || x < LEFT) {
            return Optional.empty();
        }
        double slot = (getWidth() - LEFT - 4) / days.size();
        int i = (int) ((x - LEFT) / slot);
        if (i < 0 || i >= days.size()) {
            return Optional.empty();
        }
        Day day = days.get(i);
        StringBuilder text = new StringBuilder(TOOLTIP_DATE.format(day.date()));
        for (int s = 0; s < series.size() && s < day.seconds().length; s++) {
            text.append('\n').append(series.get(s).name()).append(": ").append(DurationText.compact(day.seconds()[s]));
        }
        return Optional.of(text.toString());
    }

    static double niceStep(double maxHours) {
        for (double step : new double[] {0.5, 1, 2, 4, 6, 12, 24}) {
            if (maxHours / step <= 5) {
                return step;
            }
        }
        return 24;
    }
}
