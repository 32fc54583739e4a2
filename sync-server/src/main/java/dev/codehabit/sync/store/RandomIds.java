package dev.codehabit.sync.store;

import java.security.SecureRandom;

/**
 * Row ids made in Java rather than by AUTOINCREMENT / IDENTITY, so one migration set fits both engines and ids
 * made on different instances never collide in practice. 53 bits: exact in JavaScript numbers too, which the
 * website and extensions read them with.
 */
public final class RandomIds {
    private final SecureRandom random = new SecureRandom();

    public long next() {
        return 1 + (random.nextLong() >>> 11) % ((1L << 53) - 1);
    }
}
