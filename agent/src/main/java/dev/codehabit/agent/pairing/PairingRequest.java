package dev.codehabit.agent.pairing;

/**
 * A pending or decided pairing request. Lives in memory only: it expires after five minutes anyway.
 *
 * @param token    the new client's token, held from approval until the client fetched it once
 * @param clientId the paired client's id once approved
 * @param origin   who asked: the extension's Origin (chrome-extension://id), shown to the user who approves
 */
public record PairingRequest(
        String id,
        String client,
        String name,
        String code,
        double createdAt,
        double expiresAt,
        Status status,
        String token,
        String clientId,
        String origin) {

    public enum Status {
        PENDING, APPROVED, DENIED, EXPIRED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    PairingRequest with(Status newStatus, String newToken) {
        return new PairingRequest(id, client, name, code, createdAt, expiresAt, newStatus, newToken, clientId, origin);
    }

    PairingRequest approvedAs(String newClientId, String newToken) {
        return new PairingRequest(id, client, name, code, createdAt, expiresAt, Status.APPROVED, newToken, newClientId, origin);
    }
}
