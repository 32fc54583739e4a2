package dev.codehabit.sync.days;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.store.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Day sync: stores one device's day (idempotent, newest version wins), recombines the user's day across their
 * devices, re-applies the plausibility holds around it and lets the boards follow, all in one transaction.
 */
public final class DaySync {
    private final Database database;
    private final DayStore store;
    private final DayValidator validator;
    private final DayChanges changes;
    private final Clock clock;

    public DaySync(Database database, DayStore store, DayValidator validator, DayChanges changes, Clock clock) {
        this.database = database;
        this.store = store;
        this.validator = validator;
        this.changes = changes;
        this.clock = clock;
    }

    public DayResult put(long account, long device, String date, JsonNode body) {
        DayUpload upload = validator.validate(date, body);
        DayResult result = database.write(c -> {
            if (!store.putDevice(c, account, device, upload, clock.millis())) {
                OptionalLong stored = store.storedVersion(c, account, device, upload.date());
                return DayResult.ignored(upload.date().toString(), stored.orElseThrow());
            }
            recombine(c, account, upload.date());
            changes.changed(c, account, Optional.of(upload.timeZone()));
            return DayResult.stored(upload.date().toString(), upload.version());
        });
        if (result.result().equals("stored")) {
            changes.committed(account);
        }
        return result;
    }

    /** The caller's combined day and the versions each device last sent: what the agent and the website show. */
    public Map<String, Object> read(long account, String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new DayRejected("date", "must be YYYY-MM-DD");
        }
        return database.read(c -> {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("date", day.toString());
            List<StoredDay> stored = store.days(c, account, day, day);
            out.put("coding_seconds", stored.isEmpty() ? 0 : stored.getFirst().codingSeconds());
            out.put("held_for_review", !stored.isEmpty() && stored.getFirst().held());
            out.put("languages", stored.isEmpty() ? Map.of() : stored.getFirst().languages());
            out.put("devices", store.versions(c, account, day));
            return out;
        });
    }

    /** A device is gone; with {@code deleteDays} its days go too and the user's days are recombined without it. */
    public void deviceDeleted(long account, long device, boolean deleteDays) {
        if (!deleteDays) {
            return;
        }
        database.write(c -> {
            List<LocalDate> days = store.daysOfDevice(c, account, device);
            store.deleteDevice(c, account, device);
            for (LocalDate day : days) {
                recombine(c, account, day);
            }
            changes.changed(c, account, Optional.empty());
            return null;
        });
        changes.committed(account);
    }

    private void recombine(Connection c, long account, LocalDate day) throws SQLException {
        List<DeviceDay> devices = store.devices(c, account, day);
        store.putCombined(c, account, day, devices.isEmpty() ? Optional.empty() : Optional.of(DayCombiner.combine(devices)));
        Map<LocalDate, Integer> coding = new HashMap<>();
        Map<LocalDate, Boolean> wasHeld = new HashMap<>();
        int reach = 2 * Plausibility.REACH;
        for (StoredDay d : store.days(c, account, day.minusDays(reach), day.plusDays(reach))) {
            coding.put(d.day(), d.codingSeconds());
            wasHeld.put(d.day(), d.held());
        }
        Set<LocalDate> held = Plausibility.held(coding);
        for (int i = -Plausibility.REACH; i <= Plausibility.REACH; i++) {
            LocalDate d = day.plusDays(i);
            if (wasHeld.containsKey(d) && wasHeld.get(d) != held.contains(d)) {
                store.setHeld(c, account, d, held.contains(d));
            }
        }
    }
}
