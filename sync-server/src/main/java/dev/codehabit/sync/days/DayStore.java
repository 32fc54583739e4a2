package dev.codehabit.sync.days;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Owns {@code device_day}, {@code user_day} and {@code user_day_language}: every SQL on days lives here. */
public final class DayStore {
    private static final TypeReference<Map<String, Integer>> SECONDS_BY_NAME = new TypeReference<>() {};
    private final ObjectMapper json;

    public DayStore(ObjectMapper json) {
        this.json = json;
    }

    public OptionalLong storedVersion(Connection c, long account, long device, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select version from device_day where account_id = ? and device_id = ? and day = ?")) {
            s.setLong(1, account);
            s.setLong(2, device);
            s.setString(3, day.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Stores the device's day unless the stored version is newer (one statement: the version check is the upsert's
     * condition). False when an older version was refused.
     */
    public boolean putDevice(Connection c, long account, long device, DayUpload u, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into device_day (account_id, device_id, day, version, time_zone, coding_seconds, hours, languages, body, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (account_id, device_id, day) do update set version = excluded.version,
                  time_zone = excluded.time_zone, coding_seconds = excluded.coding_seconds, hours = excluded.hours,
                  languages = excluded.languages, body = excluded.body, updated_at = excluded.updated_at
                where device_day.version <= excluded.version""")) {
            s.setLong(1, account);
            s.setLong(2, device);
            s.setString(3, u.date().toString());
            s.setLong(4, u.version());
            s.setString(5, u.timeZone().getId());
            s.setObject(6, u.codingSeconds().orElse(null), java.sql.Types.INTEGER);
            s.setString(7, u.hours().map(h -> Arrays.stream(h).mapToObj(String::valueOf).collect(Collectors.joining(","))).orElse(null));
            s.setString(8, u.languages().map(this::write).orElse(null));
            s.setString(9, u.body());
            s.setLong(10, now);
            return s.executeUpdate() > 0;
        }
    }

    public List<DeviceDay> devices(Connection c, long account, LocalDate day) throws SQLException {
        List<DeviceDay> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select device_id, coding_seconds, hours, languages from device_day where account_id = ? and day = ?")) {
            s.setLong(1, account);
            s.setString(2, day.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int coding = r.getInt(2);
                    Optional<Integer> codingSeconds = r.wasNull() ? Optional.empty() : Optional.of(coding);
                    String hours = r.getString(3);
                    String languages = r.getString(4);
                    out.add(new DeviceDay(r.getLong(1), codingSeconds,
                            Optional.ofNullable(hours).map(h -> Arrays.stream(h.split(",")).mapToInt(Integer::parseInt).toArray()),
                            languages == null ? Map.of() : read(languages)));
                }
            }
        }
        return out;
    }

    /** Device id to stored version for one day of the account. */
    public Map<Long, Long> versions(Connection c, long account, LocalDate day) throws SQLException {
        Map<Long, Long> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("select device_id, version from device_day where account_id = ? and day = ?")) {
            bind(s, account, day.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        return out;
    }

    /** Days this device has rows for: what must be recombined when its days are deleted. */
    public List<LocalDate> daysOfDevice(Connection c, long account, long device) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select day from device_day where account_id = ? and device_id = ?")) {
            s.setLong(1, account);
            s.setLong(2, device);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.add(LocalDate.parse(r.getString(1)));
                }
            }
        }
        return days;
    }

    public void deleteDevice(Connection c, long account, long device) throws SQLException {
        update(c, "delete from device_day where account_id = ? and device_id = ?", account, device);
    }

    /** Stores the combined day (or removes it when no device has it any more) with its held flag. */
    public void putCombined(Connection c, long account, LocalDate day, Optional<CombinedDay> combined) throws SQLException {
        update(c, "delete from user_day_language where account_id = ? and day = ?", account, day.toString());
        if (combined.isEmpty()) {
            update(c, "delete from user_day where account_id = ? and day = ?", account, day.toString());
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into user_day (account_id, day, coding_seconds, held) values (?, ?, ?, 0)
                on conflict (account_id, day) do update set coding_seconds = excluded.coding_seconds""")) {
            s.setLong(1, account);
            s.setString(2, day.toString());
            s.setInt(3, combined.get().codingSeconds());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into user_day_language (account_id, day, language, seconds, held)
                values (?, ?, ?, ?, (select held from user_day where account_id = ? and day = ?))""")) {
            for (Map.Entry<String, Integer> e : combined.get().languages().entrySet()) {
                s.setLong(1, account);
                s.setString(2, day.toString());
                s.setString(3, e.getKey());
                s.setInt(4, e.getValue());
                s.setLong(5, account);
                s.setString(6, day.toString());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public void setHeld(Connection c, long account, LocalDate day, boolean held) throws SQLException {
        for (String table : List.of("user_day", "user_day_language")) {
            update(c, "update " + table + " set held = ? where account_id = ? and day = ?", held ? 1 : 0, account, day.toString());
        }
    }

    /** The user's combined days from {@code from} to {@code to}, oldest first, with their languages. */
    public List<StoredDay> days(Connection c, long account, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Map<String, Integer>> languages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select day, language, seconds from user_day_language where account_id = ? and day between ? and ?")) {
            bind(s, account, from.toString(), to.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    languages.computeIfAbsent(r.getString(1), d -> new TreeMap<>()).put(r.getString(2), r.getInt(3));
                }
            }
        }
        List<StoredDay> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select day, coding_seconds, held from user_day where account_id = ? and day between ? and ? order by day")) {
            bind(s, account, from.toString(), to.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.add(new StoredDay(LocalDate.parse(r.getString(1)), r.getInt(2), r.getInt(3) == 1,
                            languages.getOrDefault(r.getString(1), Map.of())));
                }
            }
        }
        return days;
    }

    /** The combined, not held days of several users from {@code from} to {@code to}: team boards, entries' languages. */
    public Map<Long, List<StoredDay>> days(Connection c, Collection<Long> accounts, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, List<StoredDay>> out = new HashMap<>();
        if (accounts.isEmpty()) {
            return out;
        }
        String in = accounts.stream().map(a -> "?").collect(Collectors.joining(","));
        Map<Long, Map<String, Map<String, Integer>>> languages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select account_id, day, language, seconds from user_day_language"
                + " where day between ? and ? and held = 0 and account_id in (" + in + ")")) {
            bind(s, with(from, to, accounts));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    languages.computeIfAbsent(r.getLong(1), a -> new HashMap<>())
                            .computeIfAbsent(r.getString(2), d -> new TreeMap<>()).put(r.getString(3), r.getInt(4));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select account_id, day, coding_seconds from user_day"
                + " where day between ? and ? and held = 0 and account_id in (" + in + ")")) {
            bind(s, with(from, to, accounts));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long account = r.getLong(1);
                    out.computeIfAbsent(account, a -> new ArrayList<>()).add(new StoredDay(LocalDate.parse(r.getString(2)),
                            r.getInt(3), false, languages.getOrDefault(account, Map.of()).getOrDefault(r.getString(2), Map.of())));
                }
            }
        }
        return out;
    }

    /**
     * Seconds per language of each account over its own window (first and last day, which differ by zone), not
     * held: the languages beside a board's entries, summed in the database so a page costs one small result.
     */
    public Map<Long, Map<String, Long>> languageTotals(Connection c, Map<Long, LocalDate[]> windows) throws SQLException {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        if (windows.isEmpty()) {
            return out;
        }
        String values = windows.keySet().stream().map(a -> "(?, ?, ?)").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>();
        windows.forEach((account, w) -> {
            args.add(account);
            args.add(w[0].toString());
            args.add(w[1].toString());
        });
        try (PreparedStatement s = c.prepareStatement("with w (account_id, first_day, last_day) as (values " + values + ")"
                + " select l.account_id, l.language, sum(l.seconds) from user_day_language l join w on l.account_id = w.account_id"
                + " where l.day between w.first_day and w.last_day and l.held = 0 group by l.account_id, l.language")) {
            bind(s, args.toArray());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), a -> new HashMap<>()).put(r.getString(2), r.getLong(3));
                }
            }
        }
        return out;
    }

    private static Object[] with(LocalDate from, LocalDate to, Collection<Long> accounts) {
        List<Object> args = new ArrayList<>();
        args.add(from.toString());
        args.add(to.toString());
        args.addAll(accounts);
        return args.toArray();
    }

    /**
     * Window sums (1, 7 and 30 days) ending on each of {@code ends}, of every member listed on the global boards,
     * held days left out, in one scan: what ranking sets are built from. Per language when asked (members who
     * share languages), else day totals. The one query that reads {@code board_member} beside the days, because
     * the filter must run in the database.
     */
    public void forEachWindowSum(Connection c, List<LocalDate> ends, boolean byLanguage, WindowSumConsumer consumer) throws SQLException {
        String table = byLanguage ? "user_day_language" : "user_day";
        String value = byLanguage ? "d.seconds" : "d.coding_seconds";
        StringBuilder sums = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (LocalDate end : ends) {
            for (int days : WINDOWS) {
                sums.append(", sum(case when d.day between ? and ? then ").append(value).append(" else 0 end)");
                args.add(end.minusDays(days - 1L).toString());
                args.add(end.toString());
            }
        }
        LocalDate first = ends.stream().min(LocalDate::compareTo).orElseThrow().minusDays(WINDOWS[2] - 1L);
        LocalDate last = ends.stream().max(LocalDate::compareTo).orElseThrow();
        args.add(first.toString());
        args.add(last.toString());
        String sql = "select m.account_id, m.time_zone, " + (byLanguage ? "d.language" : "null") + sums
                + " from " + table + " d join board_member m on m.account_id = d.account_id"
                + " where d.day between ? and ? and d.held = 0 and m.leaderboards = 1 and m.teams_only = 0 and m.hidden = 0"
                + (byLanguage ? " and m.show_languages = 1" : "")
                // grouped by the member's primary key, so its zone may be selected as is on both engines
                + " group by m.account_id" + (byLanguage ? ", d.language" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(10_000);
            bind(s, args.toArray());
            try (ResultSet r = s.executeQuery()) {
                long[] values = new long[ends.size() * WINDOWS.length];
                while (r.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = r.getLong(4 + i);
                    }
                    consumer.accept(r.getLong(1), r.getString(2), r.getString(3), values);
                }
            }
        }
    }

    /** The board windows in days: today, the last 7 days, the last 30 days. */
    private static final int[] WINDOWS = {1, 7, 30};

    @FunctionalInterface
    public interface WindowSumConsumer {
        /** {@code sums}: for each end date in order, the last day, the last 7 days, the last 30 days. */
        void accept(long account, String zone, String language, long[] sums);
    }

    /** Every device row the account owns, for its export. */
    public List<Map<String, Object>> export(Connection c, long account) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select device_id, day, version, body, updated_at from device_day where account_id = ? order by day, device_id")) {
            s.setLong(1, account);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("device_id", r.getLong(1));
                    row.put("date", r.getString(2));
                    row.put("version", r.getLong(3));
                    row.put("day", json.readTree(r.getString(4)));
                    row.put("updated_at", r.getLong(5));
                    rows.add(row);
                }
            } catch (JsonProcessingException e) {
                throw new SQLException("Stored day is not JSON", e);
            }
        }
        return rows;
    }

    public void deleteAccount(Connection c, long account) throws SQLException {
        for (String table : List.of("device_day", "user_day", "user_day_language")) {
            update(c, "delete from " + table + " where account_id = ?", account);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private String write(Map<String, Integer> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> read(String text) throws SQLException {
        try {
            return json.readValue(text, SECONDS_BY_NAME);
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored languages are not JSON", e);
        }
    }
}
