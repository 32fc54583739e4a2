package dev.codehabit.sync.days;

import java.util.Map;
import java.util.Optional;

/** What one device last reported for a day, as far as combining devices needs it. */
public record DeviceDay(long deviceId, Optional<Integer> codingSeconds, Optional<int[]> hours, Map<String, Integer> languages) {
}
