package dev.codehabit.agent.instance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proves that whoever answers on the port in {@code agent.json} is our agent before a tool sends it the token: the
 * tool sends a random challenge (no token), the agent answers with an HMAC of it keyed by the token's SHA-256.
 * A stranger listening on the port after the agent stopped cannot answer, and learns nothing it could replay.
 */
public final class HealthProof {
    public static final int MAX_CHALLENGE_LENGTH = 128;
    private final SecureRandom random = new SecureRandom();

    /** A fresh challenge, 32 random bytes in base64url. */
    public String challenge() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the agent holding {@code token} answers to {@code challenge}. */
    public static String answer(String token, String challenge) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] proof = mac.doFinal(("codehabit-health:" + challenge).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(proof);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static boolean verify(String token, String challenge, String proof) {
        return proof != null && MessageDigest.isEqual(answer(token, challenge).getBytes(StandardCharsets.UTF_8),
                proof.getBytes(StandardCharsets.UTF_8));
    }
}
