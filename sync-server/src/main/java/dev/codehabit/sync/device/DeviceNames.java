package dev.codehabit.sync.device;

import dev.codehabit.sync.http.ApiException;

import java.util.Map;

/** A device's name as the user typed it: 1-64 characters, no control characters. */
final class DeviceNames {
    private DeviceNames() {}

    static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ApiException(400, "name is required", Map.of("field", "name"));
        }
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > 64) {
            throw new ApiException(400, "name must be at most 64 characters", Map.of("field", "name"));
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new ApiException(400, "name must not contain control characters", Map.of("field", "name"));
        }
        return name;
    }
}
