package dev.codehabit.sync.days;

import java.time.Duration;
import java.util.Optional;

/** The per-device upload limit: empty to go ahead, else how long until the device may upload again. */
@FunctionalInterface
public interface UploadLimit {
    Optional<Duration> refuse(long deviceId);
}
