package dev.codehabit.sync.account;

import java.util.function.LongFunction;

/**
 * One part of {@code GET /api/v1/me/export}: every feature that keeps rows for an account registers one, so the
 * export holds every row the account owns.
 */
public interface ExportSection {
    /** The key the rows appear under. */
    String name();

    /** The account's rows, as JSON-ready values (records, lists, maps). */
    Object rowsOf(long accountId);

    static ExportSection of(String name, LongFunction<Object> rows) {
        return new ExportSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object rowsOf(long accountId) {
                return rows.apply(accountId);
            }
        };
    }
}
