package dev.codehabit.agent.store;

/** A write refused because the integrity check found the database file damaged; nothing of it was stored. */
public final class DatabaseDamagedException extends RuntimeException {
    DatabaseDamagedException(String detail) {
        super("The agent's database is damaged (" + detail + "); it takes no writes until it is repaired");
    }
}
