package dev.codehabit.sync.days;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * One device's report of one day, validated. Optional parts are what the user chose not to share.
 *
 * @param hours     coding seconds per local hour (24), when shared
 * @param languages language name to seconds, when shared
 * @param body      the accepted JSON as sent, kept for the user's export
 */
public record DayUpload(LocalDate date, ZoneId timeZone, long version, Optional<Integer> codingSeconds,
                        Optional<int[]> hours, Optional<Map<String, Integer>> languages, String body) {
}
