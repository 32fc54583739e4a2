package dev.codehabit.sync.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The name an anonymous user is shown under: the same on every board and every instance, derived from the
 * account id (never from the user name, which it cannot be turned back into). Account ids are not shown on
 * public pages, so the pseudonym does not lead to the account either.
 */
public final class Pseudonyms {
    private static final String[] ADJECTIVES = {"amber", "brisk", "calm", "deft", "eager", "fleet", "gentle", "hardy",
            "idle", "jolly", "keen", "lucid", "mellow", "nimble", "orange", "placid", "quiet", "rapid", "steady", "tidy",
            "umber", "vivid", "witty", "young"};
    private static final String[] ANIMALS = {"otter", "heron", "lynx", "marten", "badger", "finch", "gecko", "ibis",
            "koala", "lemur", "newt", "ocelot", "panda", "quail", "raven", "stoat", "tapir", "urchin", "vole", "wombat",
            "yak", "zebra", "bison", "crane"};

    private Pseudonyms() {}

    /** E.g. {@code "Quiet Heron 4821"}. */
    public static String of(long accountId) {
        byte[] h = digest("codehabit pseudonym v1:" + accountId);
        int number = ((h[2] & 0xff) << 8 | (h[3] & 0xff)) % 10_000;
        return capitalise(ADJECTIVES[(h[0] & 0xff) % ADJECTIVES.length]) + " "
                + capitalise(ANIMALS[(h[1] & 0xff) % ANIMALS.length]) + " " + String.format(Locale.ROOT, "%04d", number);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
