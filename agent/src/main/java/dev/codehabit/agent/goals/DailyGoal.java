package dev.codehabit.agent.goals;

import dev.codehabit.agent.files.AtomicFile;
import dev.codehabit.agent.stats.StatsService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The daily coding goal reached, as an event: once per local day, the first time today's coding reaches the goal
 * after a heartbeat or a goal change. The day last announced is kept in a file, so a restart does not announce the
 * same day again. The desktop shows a notification; a headless agent logs it.
 */
public final class DailyGoal {
    /** A day's goal reached: how much was coded when it was noticed, against which goal. */
    public record Reached(LocalDate day, double codingSeconds, double goalSeconds) {}

    /** The file in the data dir that keeps the last day announced. */
    public static final String FILE = "goal-announced.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DailyGoal.class);

    private final StatsService stats;
    private final DoubleSupplier goalSeconds;
    private final Supplier<LocalDate> today;
    private final Path announcedFile;
    private final List<Consumer<Reached>> listeners = new CopyOnWriteArrayList<>();
    private LocalDate announced;

    /**
     * @param goalSeconds   the user's daily coding goal; 0 for none
     * @param announcedFile where the last day announced is kept (an ISO date)
     */
    public DailyGoal(StatsService stats, DoubleSupplier goalSeconds, Supplier<LocalDate> today, Path announcedFile) {
        this.stats = stats;
        this.goalSeconds = goalSeconds;
        this.today = today;
        this.announcedFile = announcedFile;
        this.announced = readAnnounced(announcedFile);
    }

    /** Whether a day with this much coding meets a goal; no goal (0) is never met. */
    public static boolean met(double codingSeconds, double goalSeconds) {
        return goalSeconds > 0 && codingSeconds >= goalSeconds;
    }

    public void onReached(Consumer<Reached> listener) {
        listeners.add(listener);
    }

    /** Compares today's coding with the goal and announces it the first time today that it is met. */
    public void check() {
        LocalDate day = today.get();
        double goal = goalSeconds.getAsDouble();
        Reached reached;
        synchronized (this) {
            if (day.equals(announced) || goal <= 0) {
                return; // the common case after the goal is reached: no read at all
            }
            double coding = stats.stats(day, day).total().codingSeconds();
            if (!met(coding, goal)) {
                return;
            }
            announced = day;
            remember(day);
            reached = new Reached(day, coding, goal);
        }
        listeners.forEach(l -> l.accept(reached));
    }

    private void remember(LocalDate day) {
        try {
            AtomicFile.writeString(announcedFile, day + "\n");
        } catch (IOException e) {
            // Announced for this run all the same; at worst a restart today announces it once more.
            LOG.warn("Cannot remember that the goal of {} was announced ({}): {}", day, announcedFile, e.toString());
        }
    }

    private static LocalDate readAnnounced(Path file) {
        try {
            return LocalDate.parse(Files.readString(file).strip());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | DateTimeParseException e) {
            LOG.warn("Ignoring {} ({}); the goal may be announced once more today", file, e.toString());
            return null;
        }
    }
}
