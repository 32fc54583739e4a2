package dev.codehabit.agent.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.activity.HeartbeatJson;
import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiException;
import dev.codehabit.agent.api.ApiRoutes;
import dev.codehabit.agent.api.JsonBodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** WakaTime's heartbeat endpoints, so our bridges and every WakaTime plugin can send to the agent. */
public final class HeartbeatRoutes implements ApiRoutes {
    /** Large enough for any offline queue flush in one go, small enough to bound one transaction. */
    static final int MAX_BULK = 1000;
    /** What 1,000 heartbeats need: real ones are 0.3-2 KB of JSON. */
    static final int MAX_BULK_BYTES = 4 * 1024 * 1024;

    private final IngestService ingest;
    private final JsonBodies bodies;

    public HeartbeatRoutes(IngestService ingest, JsonBodies bodies) {
        this.ingest = ingest;
        this.bodies = bodies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/users/current/heartbeats", this::single, Access.CLIENT);
        routes.post("/api/v1/users/current/heartbeats.bulk", this::bulk, Access.CLIENT);
    }

    private void single(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.SMALL);
        if (body.isArray()) {
            throw ApiException.badRequest("Expected one heartbeat object; send arrays to heartbeats.bulk");
        }
        IngestResult result = ingest.ingestJson(List.of(body)).getFirst();
        switch (result) {
            case IngestResult.Stored s -> ctx.status(201).json(Map.of("data", HeartbeatJson.toMap(s.heartbeat())));
            case IngestResult.Rejected r -> throw ApiException.badRequest(r.reason());
        }
    }

    private void bulk(Context ctx) {
        IngestService.Batch batch = ingest.new Batch();
        bodies.readArray(ctx, MAX_BULK_BYTES, MAX_BULK, batch::add);
        List<List<Object>> responses = new ArrayList<>();
        for (IngestResult result : ingest.store(batch)) {
            responses.add(switch (result) {
                case IngestResult.Stored s -> List.of(Map.of("data", HeartbeatJson.summary(s.heartbeat())), 201);
                case IngestResult.Rejected r -> List.of(Map.of("error", r.reason()), 400);
            });
        }
        ctx.status(202).json(Map.of("responses", responses));
    }
}
