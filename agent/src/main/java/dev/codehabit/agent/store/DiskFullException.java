package dev.codehabit.agent.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** A write refused because the disk holding the database is full; nothing of it was stored. Retry later. */
public final class DiskFullException extends RuntimeException {
    DiskFullException(SQLException cause) {
        super("The disk holding the agent's data is full; nothing of this change was stored", cause);
    }

    /** SQLite says SQLITE_FULL (its own result code, or an extended one built on it) when a write finds no room. */
    static boolean isDiskFull(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite
                    && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("SQLITE_FULL")) {
                return true;
            }
        }
        return false;
    }
}
