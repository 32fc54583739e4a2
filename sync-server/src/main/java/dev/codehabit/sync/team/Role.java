package dev.codehabit.sync.team;

import java.util.Locale;

/** A member's role: owners run the team, admins remove members and rotate the invite code, members take part. */
public enum Role {
    OWNER, ADMIN, MEMBER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    boolean manages() {
        return this != MEMBER;
    }
}
