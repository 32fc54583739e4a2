package dev.codehabit.sync.privacy;

/** Told after an account's privacy settings changed and were committed, so boards can follow at once. */
@FunctionalInterface
public interface PrivacyListener {
    void privacyChanged(long accountId, PrivacySettings now);
}
