package dev.codehabit.sync.privacy;

import java.time.Clock;
import java.util.List;

/** Reads and changes what an account shares, and tells every listener after each committed change. */
public final class PrivacyService {
    private final PrivacyStore store;
    private final List<PrivacyListener> listeners;
    private final Clock clock;

    public PrivacyService(PrivacyStore store, List<PrivacyListener> listeners, Clock clock) {
        this.store = store;
        this.listeners = listeners;
        this.clock = clock;
    }

    public PrivacySettings get(long accountId) {
        return store.get(accountId);
    }

    public PrivacySettings put(long accountId, PrivacySettings settings) {
        store.put(accountId, settings, clock.millis());
        listeners.forEach(l -> l.privacyChanged(accountId, settings));
        return settings;
    }
}
