package dev.codehabit.sync.days;

import java.util.Map;

/** A user's day across all their devices: what the boards rank. */
public record CombinedDay(int codingSeconds, Map<String, Integer> languages) {
}
