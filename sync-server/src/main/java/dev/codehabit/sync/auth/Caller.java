package dev.codehabit.sync.auth;

import java.util.OptionalLong;

/**
 * Who sent a request: the account, and the device when the bearer token is a device token (an agent syncing)
 * rather than a user's session token.
 */
public record Caller(long accountId, OptionalLong deviceId) {
    public static Caller user(long accountId) {
        return new Caller(accountId, OptionalLong.empty());
    }

    public static Caller device(long accountId, long deviceId) {
        return new Caller(accountId, OptionalLong.of(deviceId));
    }

    public boolean isDevice() {
        return deviceId.isPresent();
    }
}
