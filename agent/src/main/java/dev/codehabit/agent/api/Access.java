package dev.codehabit.agent.api;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route names one; the guard enforces it before the handler runs. */
public enum Access implements RouteRole {
    /** No token (health, the pairing handshake). */
    PUBLIC,
    /** Any valid token: the admin token or a paired client's. */
    CLIENT,
    /** Only the admin token from {@code agent.json}: approving pairings, revoking clients, rotating. */
    ADMIN
}
