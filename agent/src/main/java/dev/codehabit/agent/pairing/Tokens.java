package dev.codehabit.agent.pairing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens, ids and codes for pairing, and the hash under which a token is stored. */
final class Tokens {
    private final SecureRandom random = new SecureRandom();

    String token() {
        return "chb_" + base64(32);
    }

    String id() {
        return base64(12);
    }

    /** Six digits as "123-456": easy to compare between the popup and the desktop prompt. */
    String code() {
        int n = random.nextInt(1_000_000);
        return String.format("%03d-%03d", n / 1000, n % 1000);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private String base64(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
