package dev.codehabit.agent.pairing;

import dev.codehabit.agent.refusal.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiException;
import dev.codehabit.agent.api.ApiRoutes;
import dev.codehabit.agent.api.JsonBodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pairing handshake (no token: the browser has none yet) and its admin side: approving, denying,
 * listing and revoking clients need the agent's admin token.
 */
public final class PairingRoutes implements ApiRoutes {
    private final PairingService pairing;
    private final ClientStore clients;
    private final JsonBodies bodies;
    private final Clock clock;

    public PairingRoutes(PairingService pairing, ClientStore clients, JsonBodies bodies, Clock clock) {
        this.pairing = pairing;
        this.clients = clients;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/pairing", this::request, Access.PUBLIC);
        routes.get("/api/v1/pairing/{id}", ctx -> {
            PairingRequest r = pairing.collect(ctx.pathParam("id"))
                    .orElseThrow(() -> new NotFoundException("No pairing request " + ctx.pathParam("id")));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", r.status().key());
            if (r.token() != null) {
                out.put("token", r.token());
                out.put("client_id", r.clientId());
            }
            ctx.json(out);
        }, Access.PUBLIC);
        routes.get("/api/v1/pairing", ctx -> {
            String status = ctx.queryParam("status");
            if (status != null && !status.equals("pending")) {
                throw ApiException.badRequest("status may only be 'pending'");
            }
            ctx.json(pairing.pending().stream().map(PairingRoutes::view).toList());
        }, Access.ADMIN);
        routes.post("/api/v1/pairing/{id}/approve",
                ctx -> ctx.json(view(pairing.approve(ctx.pathParam("id")))), Access.ADMIN);
        routes.post("/api/v1/pairing/{id}/deny",
                ctx -> ctx.json(view(pairing.deny(ctx.pathParam("id")))), Access.ADMIN);
        routes.get("/api/v1/clients", ctx -> ctx.json(clients.active()), Access.ADMIN);
        routes.delete("/api/v1/clients/{id}", ctx -> {
            if (!clients.revoke(ctx.pathParam("id"), clock.millis() / 1000.0)) {
                throw new NotFoundException("No paired client " + ctx.pathParam("id"));
            }
            ctx.status(204);
        }, Access.ADMIN);
    }

    private void request(Context ctx) {
        // Only a browser extension may ask: a web page can't (the guard refuses web Origins) and neither
        // can a plain local program pretending to be a browser without saying so.
        String origin = ctx.header("Origin");
        String lower = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("chrome-extension://") && !lower.startsWith("moz-extension://")) {
            throw new ApiException(403, "Pairing requests must come from a browser extension");
        }
        JsonNode body = bodies.read(ctx, JsonBodies.TINY);
        PairingRequest r = pairing.request(body.path("client").asText(null), body.path("name").asText(null),
                origin.strip());
        ctx.status(202).json(Map.of("id", r.id(), "code", r.code(), "expires_in", (int) PairingService.TTL_SECONDS));
    }

    private static Map<String, Object> view(PairingRequest r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("client", r.client());
        out.put("name", r.name());
        out.put("code", r.code());
        out.put("status", r.status().key());
        out.put("created_at", r.createdAt());
        out.put("expires_at", r.expiresAt());
        out.put("origin", r.origin());
        if (r.clientId() != null) {
            out.put("client_id", r.clientId());
        }
        return out;
    }
}
