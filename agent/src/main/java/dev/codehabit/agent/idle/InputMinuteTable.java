package dev.codehabit.agent.idle;

import dev.codehabit.agent.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input counts per minute in SQLite (table {@code input_minute}, migration V8), for the activity charts. */
public final class InputMinuteTable implements InputMinuteSink {
    private final Database db;

    public InputMinuteTable(Database db) {
        this.db = db;
    }

    @Override
    public void record(Instant minuteStart, InputCounts counts) {
        recordAll(Map.of(minuteStart, counts));
    }

    /** Adds many minutes in one transaction (demo data, catching up). */
    public void recordAll(Map<Instant, InputCounts> perMinute) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO input_minute (minute, key_presses, mouse_clicks, mouse_moves, wheel_events)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (minute) DO UPDATE SET key_presses = key_presses + excluded.key_presses,
                        mouse_clicks = mouse_clicks + excluded.mouse_clicks, mouse_moves = mouse_moves + excluded.mouse_moves,
                        wheel_events = wheel_events + excluded.wheel_events""")) {
                for (var e : perMinute.entrySet()) {
                    s.setLong(1, e.getKey().getEpochSecond() / 60);
                    s.setLong(2, e.getValue().keyPresses());
                    s.setLong(3, e.getValue().mouseClicks());
                    s.setLong(4, e.getValue().mouseMoves());
                    s.setLong(5, e.getValue().wheelEvents());
                    s.addBatch();
                }
                return s.executeBatch().length;
            }
        });
    }

    /** Counts per minute start in [from, to), in time order. */
    public Map<Instant, InputCounts> between(Instant from, Instant to) {
        return db.read(c -> {
            Map<Instant, InputCounts> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT minute, key_presses, mouse_clicks, mouse_moves, wheel_events FROM input_minute
                    WHERE minute >= ? AND minute < ? ORDER BY minute""")) {
                s.setLong(1, from.getEpochSecond() / 60);
                s.setLong(2, to.getEpochSecond() / 60);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(Instant.ofEpochSecond(rs.getLong(1) * 60),
                                new InputCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
            return out;
        });
    }
}
