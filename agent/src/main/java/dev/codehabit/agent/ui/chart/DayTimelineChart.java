package dev.codehabit.agent.ui.chart;

import dev.codehabit.agent.activity.Heartbeat.Stream;
import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.dashboard.TimelineSpan;
import dev.codehabit.agent.idle.InputCounts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The day as lanes (coding, web) on an hour axis. Spans are coloured by project (coding) or by site category
 * (web); the empty track between them is the time the user was away or not tracked.
 */
public final class DayTimelineChart extends ChartCanvas {
    private static final double LEFT = 64;
    private static final double LANE = 26;
    private static final double LANE_GAP = 10;
    private static final double TOP = 4;
    private static final List<Stream> LANES = List.of(Stream.CODING, Stream.WEB);
    private static final double INPUT_LANE = 22;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private List<TimelineSpan> spans = List.of();
    private ZoneId zone = ZoneId.systemDefault();
    private Instant from = Instant.EPOCH;
    private Instant to = Instant.EPOCH.plusSeconds(86400);
    private Function<TimelineSpan, Color> colors = s -> Color.GRAY;
    private java.util.Map<Instant, InputCounts> input = java.util.Map.of();

    public DayTimelineChart() {
        setMinHeight(TOP + 2 * (LANE + LANE_GAP) + INPUT_LANE + 24);
        setPrefHeight(TOP + 2 * (LANE + LANE_GAP) + INPUT_LANE + 24);
    }

    /** @param input keyboard and mouse counts per minute, drawn as the "Input" lane (empty without the hook) */
    public void setData(LocalDate day, ZoneId zone, List<TimelineSpan> spans, Function<TimelineSpan, Color> colors,
                        java.util.Map<Instant, InputCounts> input) {
        this.zone = zone;
        this.input = java.util.Map.copyOf(input);
        this.spans = List.copyOf(spans);
        this.colors = colors;
        ZonedDateTime start = day.atStartOfDay(zone);
        int firstHour = 8;
        int lastHour = 19;
        for (TimelineSpan s : spans) {
            firstHour = Math.min(firstHour, s.start().atZone(zone).getHour());
            ZonedDateTime end = s.end().atZone(zone);
            lastHour = Math.max(lastHour, end.toLocalDate().isAfter(day) ? 24 : end.getHour() + 1);
        }
        this.from = start.plusHours(firstHour).toInstant();
        this.to = start.plusHours(Math.min(24, lastHour)).toInstant();
        redraw();
    }

    private double xOf(Instant t, double width) {
        double span = to.toEpochMilli() - from.toEpochMilli();
        return LEFT + (t.toEpochMilli() - from.toEpochMilli()) / span * (width - LEFT - 24);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        g.setFont(Font.font(11));
        for (int lane = 0; lane < LANES.size(); lane++) {
            double y = TOP + lane * (LANE + LANE_GAP);
            g.setFill(palette().mutedText());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(lane == 0 ? "Coding" : "Web", 0, y + LANE / 2);
            g.setFill(palette().afk());
            g.fillRoundRect(LEFT, y, width - LEFT - 24, LANE, 6, 6);
            Stream stream = LANES.get(lane);
            for (TimelineSpan s : spans) {
                if (s.stream() != stream) {
                    continue;
                }
                double x0 = xOf(s.start(), width);
                double x1 = Math.max(x0 + 1.5, xOf(s.end(), width));
                g.setFill(colors.apply(s));
                g.fillRoundRect(x0, y + 2, x1 - x0, LANE - 4, 3, 3);
            }
        }
        double inputY = TOP + LANES.size() * (LANE + LANE_GAP);
        g.setFill(palette().mutedText());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Input", 0, inputY + INPUT_LANE / 2);
        long max = input.values().stream().mapToLong(c -> c.keyPresses() + c.mouseClicks()).max().orElse(0);
        double minuteWidth = Math.max(1, xOf(from.plusSeconds(60), width) - xOf(from, width));
        g.setFill(palette().focus());
        for (var e : input.entrySet()) {
            long n = e.getValue().keyPresses() + e.getValue().mouseClicks();
            if (n == 0 || e.getKey().isBefore(from) || !e.getKey().isBefore(to)) {
                continue;
            }
            double h = Math.max(2, (double) n / max * INPUT_LANE);
            g.fillRect(xOf(e.getKey(), width), inputY + INPUT_LANE - h, minuteWidth, h);
        }
        double axisY = inputY + INPUT_LANE + 6;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        long hours = (to.getEpochSecond() - from.getEpochSecond()) / 3600;
        int every = hours > 12 ? 2 : 1;
        for (long h = 0; h <= hours; h += every) {
            Instant t = from.plusSeconds(h * 3600);
            double x = xOf(t, width);
            g.setFill(palette().mutedText());
            g.fillText(HM.format(t.atZone(zone)), x, axisY);
        }
    }

    @Override
    protected Optional<String> tooltipAt(double x, double y) {
        double inputY = TOP + LANES.size() * (LANE + LANE_GAP);
        if (y >= inputY && y <= inputY + INPUT_LANE && x >= LEFT) {
            double span = to.toEpochMilli() - from.toEpochMilli();
            Instant at = Instant.ofEpochMilli(from.toEpochMilli() + (long) ((x - LEFT) / (getWidth() - LEFT - 24) * span))
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            InputCounts c = input.getOrDefault(at, InputCounts.NONE);
            return Optional.of(HM.format(at.atZone(zone)) + ": " + c.keyPresses() + " key presses, " + c.mouseClicks()
                    + " clicks, " + c.mouseMoves() + " mouse moves");
        }
        int lane = (int) ((y - TOP) / (LANE + LANE_GAP));
        if (lane < 0 || lane >= LANES.size() || x < LEFT) {
            return Optional.empty();
        }
        double width = getWidth();
        for (TimelineSpan s : spans) {
            if (s.stream() == LANES.get(lane) && x >= xOf(s.start(), width) - 1 && x <= xOf(s.end(), width) + 1) {
                String what = s.label() + (s.detail() == null ? "" : " · " + s.detail());
                return Optional.of(what + "\n" + HM.format(s.start().atZone(zone)) + "–" + HM.format(s.end().atZone(zone))
                        + " (" + DurationText.compact(s.seconds()) + ")");
            }
        }
        return Optional.of("Away or not tracked");
    }
}
