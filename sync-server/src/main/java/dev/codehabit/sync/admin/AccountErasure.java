package dev.codehabit.sync.admin;

import dev.codehabit.sync.account.AccountDeletionListener;
import dev.codehabit.sync.days.DayStore;
import dev.codehabit.sync.leaderboard.BoardIndex;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.team.Teams;

import java.util.function.LongConsumer;

/**
 * Deletes everything the data side keeps for a deleted account — days, board row, ranking entries (Redis
 * included), team memberships — in one transaction, then tells open boards.
 */
public final class AccountErasure implements AccountDeletionListener {
    private final Database database;
    private final DayStore days;
    private final BoardIndex boards;
    private final Teams teams;
    private final LongConsumer changed;

    public AccountErasure(Database database, DayStore days, BoardIndex boards, Teams teams, LongConsumer changed) {
        this.database = database;
        this.days = days;
        this.boards = boards;
        this.teams = teams;
        this.changed = changed;
    }

    @Override
    public void accountDeleted(long accountId) {
        database.write(c -> {
            boards.deleted(c, accountId);
            days.deleteAccount(c, accountId);
            teams.accountDeleted(c, accountId);
            return null;
        });
        changed.accept(accountId);
    }
}
