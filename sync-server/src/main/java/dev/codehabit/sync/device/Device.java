package dev.codehabit.sync.device;

import java.time.Instant;

/** One machine an agent syncs from. Its token is shown once, when it is made. */
public record Device(long id, long accountId, String name, Instant createdAt) {}
