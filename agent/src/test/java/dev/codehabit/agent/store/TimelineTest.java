package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.activity.Heartbeat.Signal;
import dev.codehabit.agent.ingest.IngestResult;
import dev.codehabit.agent.stats.Stats;
import dev.codehabit.agent.stats.Totals;
import dev.codehabit.agent.support.Beats;
import dev.codehabit.agent.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The duration algorithm end to end: heartbeats in, rollups out, on a real SQLite file (UTC days, 600 s timeout). */
class TimelineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final double T0 = ZonedDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();

    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void open() {
        services = new Services(TestData.dataDirInZone(dir, "UTC"), Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void record(Heartbeat... beats) {
        for (Heartbeat b : beats) {
            services.ingest().record(List.of(b));
        }
    }

    private Totals day(LocalDate date) {
        return services.stats().stats(date, date).total();
    }

    @Test
    void consecutiveHeartbeatsJoinIntoOneSpan() {
        record(Beats.coding(T0), Beats.coding(T0 + 60), Beats.coding(T0 + 180));
        assertThat(day(DAY).codingSeconds()).isEqualTo(180);
    }

    @Test
    void aDayReadEarlierShowsWhatArrivedSince() {
        record(Beats.coding(T0), Beats.coding(T0 + 60));
        assertThat(day(DAY).codingSeconds()).isEqualTo(60);
        assertThat(services.stats().stats(DAY.minusDays(3), DAY).total().codingSeconds()).isEqualTo(60);
        record(Beats.coding(T0 + 100));
        assertThat(day(DAY).codingSeconds()).isEqualTo(100);
        assertThat(services.stats().stats(DAY.minusDays(3), DAY).total().codingSeconds()).isEqualTo(100);
        // A late heartbeat for a day already read (an offline queue flushing) changes that day too.
        record(Beats.coding(T0 - 86400), Beats.coding(T0 - 86400 + 30));
        assertThat(services.stats().stats(DAY.minusDays(3), DAY).total().codingSeconds()).isEqualTo(130);
    }

    @Test
    void aGapExactlyAtTheTimeoutJoinsAndOneJustOverDoesNot() {
        record(Beats.coding(T0), Beats.coding(T0 + 600), Beats.coding(T0 + 1200.5));
        assertThat(day(DAY).codingSeconds()).isEqualTo(600);
    }

    @Test
    void outOfOrderArrivalGivesTheSameTimeAsInOrder() {
        record(Beats.coding(T0 + 120), Beats.coding(T0 + 300), Beats.coding(T0), Beats.coding(T0 + 60));
        assertThat(day(DAY).codingSeconds()).isEqualTo(300);
        assertThat(day(DAY).dimension("language")).containsEntry("Java", 300.0);
    }

    @Test
    void anExactDuplicateIsStoredOnceAndCountedOnce() {
        Heartbeat typed = Beats.withCounts(Beats.coding(T0), new Counts(3, 1, 0, 0, 0, 42, 40, 0));
        List<IngestResult> first = services.ingest().record(List.of(typed, Beats.coding(T0 + 60)));
        List<IngestResult> again = services.ingest().record(List.of(typed));
        assertThat(first.getFirst()).isInstanceOfSatisfying(IngestResult.Stored.class, s -> assertThat(s.duplicate()).isFalse());
        assertThat(again.getFirst()).isInstanceOfSatisfying(IngestResult.Stored.class, s -> {
            assertThat(s.duplicate()).isTrue();
            assertThat(s.heartbeat().id()).isEqualTo(((IngestResult.Stored) first.getFirst()).heartbeat().id());
        });
        Totals t = day(DAY);
        assertThat(t.codingSeconds()).isEqualTo(60);
        assertThat(t.counter(Counter.KEYSTROKES)).isEqualTo(42);
        assertThat(t.counter(Counter.LINE_ADDITIONS)).isEqualTo(3);
        assertThat(t.counter(Counter.HEARTBEATS)).isEqualTo(2);
    }

    @Test
    void aSpanOverMidnightIsSplitBetweenTheDays() {
        double beforeMidnight = ZonedDateTime.of(2026, 5, 4, 23, 55, 0, 0, ZoneOffset.UTC).toEpochSecond();
        record(Beats.coding(beforeMidnight), Beats.coding(beforeMidnight + 600));
        assertThat(day(DAY).codingSeconds()).isEqualTo(300);
        assertThat(day(DAY.plusDays(1)).codingSeconds()).isEqualTo(300);
        Stats both = services.stats().stats(DAY, DAY.plusDays(1));
        assertThat(both.total().codingSeconds()).isEqualTo(600);
        assertThat(both.days()).hasSize(2);
    }

    @Test
    void aBlurSignalEndsTheSpanAtOnce() {
        record(Beats.coding(T0), Beats.signal(T0 + 40, Signal.BLUR), Beats.coding(T0 + 100), Beats.coding(T0 + 130));
        // 0–40 counts, 40–100 (window unfocused) does not, 100–130 does.
        assertThat(day(DAY).codingSeconds()).isEqualTo(70);
    }

    @Test
    void anEndSignalAtTheSameMomentAsTheStartIsNotADuplicate() {
        // A span that opens and ends within one bridge tick: same time, entity and source, different event.
        Heartbeat start = Beats.signal(T0, Signal.FOCUS);
        Heartbeat end = Beats.signal(T0, Signal.IDLE);
        List<IngestResult> results = services.ingest().record(List.of(start, end, Beats.coding(T0 + 500)));
        assertThat(results).allSatisfy(r -> assertThat(((IngestResult.Stored) r).duplicate()).isFalse());
        assertThat(day(DAY).codingSeconds()).isZero();
    }

    @Test
    void aLateIdleSignalClipsTheSpanItFallsInto() {
        record(Beats.coding(T0), Beats.coding(T0 + 500));
        record(Beats.signal(T0 + 200, Signal.IDLE)); // AFK detected later, backdated to the last input
        assertThat(day(DAY).codingSeconds()).isEqualTo(200);
    }

    @Test
    void codingAndWebTimeAreSeparateStreams() {
        record(Beats.coding(T0), Beats.web(T0 + 30, "github.com"), Beats.coding(T0 + 60), Beats.web(T0 + 90, "docs.rs"),
                Beats.web(T0 + 150, "docs.rs"));
        Totals t = day(DAY);
        assertThat(t.codingSeconds()).isEqualTo(60);
        assertThat(t.webSeconds()).isEqualTo(120);
        assertThat(t.dimension("domain")).containsEntry("github.com", 60.0).containsEntry("docs.rs", 60.0);
        assertThat(t.dimension("language")).containsOnlyKeys("Java");
    }

    @Test
    void anyArrivalOrderAndAFullRebuildAgreeWithSortedIngest() {
        Random random = new Random(7);
        List<Heartbeat> beats = new ArrayList<>();
        double t = T0 - 3 * 3600;
        String[] languages = {"Java", "Go", "Rust"};
        for (int i = 0; i < 400; i++) {
            t += random.nextDouble() < 0.1 ? 700 + random.nextInt(2000) : random.nextInt(120);
            Heartbeat b = random.nextDouble() < 0.05 ? Beats.signal(t, Signal.BLUR)
                    : Beats.coding(t, "p" + random.nextInt(3), languages[random.nextInt(3)]);
            beats.add(b);
        }
        List<Heartbeat> shuffled = new ArrayList<>(beats);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < shuffled.size(); i += 17) {
            services.ingest().record(shuffled.subList(i, Math.min(i + 17, shuffled.size())));
        }
        LocalDate from = DAY.minusDays(1);
        LocalDate to = DAY.plusDays(2);
        Totals shuffledTotals = services.stats().stats(from, to).total();

        double expected = expectedSeconds(beats);
        assertThat(shuffledTotals.codingSeconds()).isCloseTo(expected, within(1e-6));

        new RollupRebuilder(services.database(), services.heartbeats())
                .rebuild(new dev.codehabit.agent.timeline.SpanRule(600), new dev.codehabit.agent.timeline.DaySplitter(ZoneOffset.UTC));
        services.stats().invalidateAll();
        Totals rebuilt = services.stats().stats(from, to).total();
        assertThat(rebuilt.codingSeconds()).isCloseTo(expected, within(1e-6));
        // The hourly rollups (the heat map's source) hold the same time, split by hour.
        double hourly = services.database().read(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT sum(seconds) FROM hourly_rollup WHERE stream = 'coding'")) {
                return rs.next() ? rs.getDouble(1) : 0.0;
            }
        });
        assertThat(hourly).isCloseTo(expected, within(1e-6));
        rebuilt.dimension("language").forEach((lang, secs) ->
                assertThat(shuffledTotals.dimension("language").get(lang)).isCloseTo(secs, within(1e-6)));
    }

    /** The rule written out directly on a sorted list, independent of the store's incremental bookkeeping. */
    private static double expectedSeconds(List<Heartbeat> beats) {
        List<Heartbeat> sorted = new ArrayList<>(beats);
        sorted.sort((a, b) -> Double.compare(a.time(), b.time()));
        double total = 0;
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Heartbeat h = sorted.get(i);
            double gap = sorted.get(i + 1).time() - h.time();
            if (!h.endsSpan() && gap <= 600) {
                total += gap;
            }
        }
        return total;
    }

    @Test
    void rangeTotalsFromMonthRollupsEqualTheSumOfTheirDays() {
        Random random = new Random(11);
        double t = ZonedDateTime.of(2026, 1, 20, 9, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        for (int day = 0; day < 100; day++) {
            List<Heartbeat> batch = new ArrayList<>();
            double s = t + day * 86400.0;
            for (int i = 0; i < 30; i++) {
                s += 10 + random.nextInt(100);
                Heartbeat b = Beats.coding(s, "p" + random.nextInt(4), random.nextBoolean() ? "Java" : "Go");
                batch.add(Beats.withCounts(b, new Counts(1, 0, 0, 0, 0, 5, 5, 0)));
            }
            services.ingest().record(batch);
        }
        LocalDate from = LocalDate.of(2026, 1, 25);
        LocalDate to = LocalDate.of(2026, 4, 10); // loose days, two whole months, loose days
        Stats stats = services.stats().stats(from, to);
        double sumOfDays = stats.days().stream().mapToDouble(d -> d.totals().codingSeconds()).sum();
        assertThat(stats.total().codingSeconds()).isCloseTo(sumOfDays, within(1e-6)).isPositive();
        for (String project : List.of("p0", "p1", "p2", "p3")) {
            double perDay = stats.days().stream().mapToDouble(d -> d.totals().dimension("project").getOrDefault(project, 0.0)).sum();
            assertThat(stats.total().dimension("project").get(project)).isCloseTo(perDay, within(1e-6));
        }
        // Every day changed the same four files: distinct over the range, not summed over days.
        assertThat(stats.total().filesModified()).isBetween(1L, 8L);
        assertThat(stats.days().get(10).totals().filesModified()).isPositive();
        // A rebuild reproduces the same totals.
        new RollupRebuilder(services.database(), services.heartbeats())
                .rebuild(new dev.codehabit.agent.timeline.SpanRule(600), new dev.codehabit.agent.timeline.DaySplitter(ZoneOffset.UTC));
        services.stats().invalidateAll();
        assertThat(services.stats().stats(from, to).total().codingSeconds()).isCloseTo(sumOfDays, within(1e-6));
    }

    @Test
    void changingTheTimeZoneMovesTimeToTheRightDays() {
        double lateEvening = ZonedDateTime.of(2026, 5, 4, 23, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        record(Beats.coding(lateEvening), Beats.coding(lateEvening + 300));
        assertThat(day(DAY).codingSeconds()).isEqualTo(300);
        // 23:00 UTC is 01:00 the next day in UTC+2.
        services.settings().update(services.settings().get().withTimeZone("Europe/Berlin"));
        assertThat(day(DAY).codingSeconds()).isZero();
        assertThat(day(DAY.plusDays(1)).codingSeconds()).isEqualTo(300);
    }

    @Test
    void aLongerKeystrokeTimeoutJoinsGapsItDidNotBefore() {
        record(Beats.coding(T0), Beats.coding(T0 + 900));
        assertThat(day(DAY).codingSeconds()).isZero();
        services.settings().update(services.settings().get().withKeystrokeTimeoutSeconds(900));
        assertThat(day(DAY).codingSeconds()).isEqualTo(900);
    }
}
