package dev.codehabit.sync.account;

/**
 * Told in the same request, right after an account's identity rows were deleted, so every feature deletes the
 * rows and Redis keys it keeps for that account (and the account leaves every board at once).
 */
@FunctionalInterface
public interface AccountDeletionListener {
    void accountDeleted(long accountId);
}
