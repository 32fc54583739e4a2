package dev.codehabit.sync.account;

import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.store.RandomIds;
import dev.codehabit.sync.support.PostgresServer;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two sign-ups for one name at the same moment on PostgreSQL: neither sees the other's uncommitted row, so the
 * unique index decides. The loser must get 409 "taken", not a 500. (SQLite queues writers, so it cannot race.)
 */
class SignUpRaceTest {
    @Test
    void theSecondOfTwoSimultaneousSignUpsIsToldTheNameIsTaken() throws Exception {
        try (Database database = Database.open(PostgresServer.shared().newDatabase(), 4);
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            AccountStore accounts = new AccountStore(database);
            AccountService service = new AccountService(accounts, new Credentials(),
                    new PasswordHasher(PasswordHasher.Cost.DEFAULT), new RandomIds(), Clock.systemUTC());
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // the first sign-up: inserted, not yet committed
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> database.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("insert into account (id, username, display_name, created_at)"
                        + " values (1, 'raced', 'First', 0)")) {
                    ps.executeUpdate();
                }
                inserted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }), threads);
            inserted.await(30, TimeUnit.SECONDS);
            CompletableFuture<Account> second = CompletableFuture.supplyAsync(() -> service.create("raced", "correct horse battery", null), threads);
            awaitBlockedOnTheIndex(database);
            release.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.join()).cause().isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.details()).containsEntry("field", "username");
            });
            assertThat(accounts.byUsername("raced").orElseThrow().displayName()).isEqualTo("First");
        }
    }

    /** Waits until a backend waits for a lock: the second insert, held by the first one's uncommitted row. */
    private static void awaitBlockedOnTheIndex(Database database) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            boolean waiting = database.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and wait_event_type = 'Lock'");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            });
            if (waiting) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second sign-up never reached the unique index");
    }
}
