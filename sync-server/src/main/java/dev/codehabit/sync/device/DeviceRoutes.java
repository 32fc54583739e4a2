package dev.codehabit.sync.device;

import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.JsonBodies;
import dev.codehabit.sync.http.Routes;
import io.javalin.config.JavalinConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/devices {name}} → 201 {@code {id, name, token}}; {@code GET /api/v1/devices};
 * {@code GET /api/v1/devices/current} (device token: which device am I, so an agent can check its token);
 * {@code DELETE /api/v1/devices/{id}?keep_days=true|false} — the caller must say whether the device's days stay.
 */
public final class DeviceRoutes implements Routes {
    record NewDevice(String name) {}

    private final Authenticator authenticator;
    private final DeviceStore devices;
    private final List<DeviceDeletionListener> deletionListeners;

    public DeviceRoutes(Authenticator authenticator, DeviceStore devices, List<DeviceDeletionListener> deletionListeners) {
        this.authenticator = authenticator;
        this.devices = devices;
        this.deletionListeners = deletionListeners;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/v1/devices", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            String name = DeviceNames.check(JsonBodies.read(ctx, NewDevice.class).name());
            DeviceStore.Issued issued = devices.create(caller.accountId(), name);
            Map<String, Object> out = view(issued.device());
            out.put("token", issued.token());
            ctx.status(201).json(out);
        });
        config.routes.get("/api/v1/devices", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            ctx.json(Map.of("devices", devices.list(caller.accountId()).stream().map(DeviceRoutes::view).toList()));
        });
        config.routes.get("/api/v1/devices/current", ctx -> {
            Caller caller = authenticator.requireDevice(ctx);
            ctx.json(view(devices.find(caller.accountId(), caller.deviceId().orElseThrow())
                    .orElseThrow(() -> new ApiException(401, "Invalid, expired or revoked token"))));
        });
        config.routes.delete("/api/v1/devices/{id}", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            long id = parseId(ctx.pathParam("id"));
            String keep = ctx.queryParam("keep_days");
            if (!"true".equals(keep) && !"false".equals(keep)) {
                throw new ApiException(400, "keep_days=true or keep_days=false is required: say whether the device's days stay",
                        Map.of("field", "keep_days"));
            }
            if (!devices.delete(caller.accountId(), id)) {
                throw new ApiException(404, "No such device");
            }
            deletionListeners.forEach(l -> l.deviceDeleted(caller.accountId(), id, "false".equals(keep)));
            ctx.status(204);
        });
    }

    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiException(404, "No such device");
        }
    }

    public static Map<String, Object> view(Device device) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", device.id());
        out.put("name", device.name());
        out.put("created_at", device.createdAt().toString());
        return out;
    }
}
