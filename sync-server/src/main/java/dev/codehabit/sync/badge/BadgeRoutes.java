package dev.codehabit.sync.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.leaderboard.Period;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /badge/{username}/{metric}.svg} and {@code .json} (shields.io's endpoint format). Cacheable for five
 * minutes with an ETag, so GitHub's image proxy and shields.io revalidate cheaply.
 */
public final class BadgeRoutes implements Routes {
    static final String CACHE_CONTROL = "public, max-age=300";
    private final Badges badges;
    private final ObjectMapper json;

    public BadgeRoutes(Badges badges, ObjectMapper json) {
        this.badges = badges;
        this.json = json;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/badge/{username}/{file}", ctx -> {
            String file = ctx.pathParam("file");
            int dot = file.lastIndexOf('.');
            String type = dot < 0 ? "" : file.substring(dot + 1);
            if (!type.equals("svg") && !type.equals("json")) {
                throw new ApiException(404, "Badges are .svg or .json");
            }
            Badge b = badges.badge(ctx.pathParam("username"), file.substring(0, dot), Period.parse(ctx.queryParam("period")),
                    Optional.ofNullable(ctx.queryParam("language")).filter(s -> !s.isBlank()));
            if (type.equals("svg")) {
                send(ctx, "image/svg+xml;charset=utf-8", BadgeSvg.render(b.label(), b.message(), b.color()));
            } else {
                Map<String, Object> shields = new LinkedHashMap<>();
                shields.put("schemaVersion", 1);
                shields.put("label", b.label());
                shields.put("message", b.message());
                shields.put("color", b.color().replace("#", ""));
                send(ctx, "application/json", write(shields));
            }
        });
    }

    private void send(Context ctx, String contentType, String body) {
        String etag = "\"" + sha256(body).substring(0, 32) + "\"";
        ctx.header("Cache-Control", CACHE_CONTROL).header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(body);
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
