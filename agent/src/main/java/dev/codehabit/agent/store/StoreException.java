package dev.codehabit.agent.store;

import java.sql.SQLException;

/** A database failure the caller cannot fix by changing its input (disk full, file locked, bug). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, SQLException cause) {
        super(cause == null ? message : message + ": " + cause.getMessage(), cause);
    }
}
