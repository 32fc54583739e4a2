package dev.codehabit.sync.device;

/** Told after a device is deleted (its token already refused), so its days can be deleted too if asked. */
@FunctionalInterface
public interface DeviceDeletionListener {
    void deviceDeleted(long accountId, long deviceId, boolean deleteDays);
}
