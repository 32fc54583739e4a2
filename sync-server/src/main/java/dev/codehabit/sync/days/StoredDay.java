package dev.codehabit.sync.days;

import java.time.LocalDate;
import java.util.Map;

/** A user's combined day as stored: what boards sum; held days count for nobody's rank. */
public record StoredDay(LocalDate day, int codingSeconds, boolean held, Map<String, Integer> languages) {
}
