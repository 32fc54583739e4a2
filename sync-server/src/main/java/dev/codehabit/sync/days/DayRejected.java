package dev.codehabit.sync.days;

import dev.codehabit.sync.http.ApiException;

import java.util.Map;

/** A day the server refuses: 400 naming the field and the reason. Nothing of the user's is changed. */
public final class DayRejected extends ApiException {
    private final String field;
    private final String reason;

    public DayRejected(String field, String reason) {
        super(400, "Invalid " + field + ": " + reason, Map.of("field", field, "reason", reason));
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
