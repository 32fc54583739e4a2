package dev.codehabit.sync.days;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;

/** Told about every change to a user's days: the boards update in the same transaction, the live stream after it. */
public interface DayChanges {
    /** Inside the writing transaction, after the combined days are stored; {@code zone} is the upload's zone. */
    void changed(Connection c, long accountId, Optional<ZoneId> zone) throws SQLException;

    /** After commit: tell open boards. */
    void committed(long accountId);
}
