package dev.codehabit.sync.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Days;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.PostgresServer;
import dev.codehabit.sync.support.RedisServer;
import dev.codehabit.sync.support.SseListener;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one PostgreSQL and one Redis, as behind a load balancer: an upload to the first reaches
 * an SSE client of the second, both serve the same board, and a deleted account leaves no row and no ranking.
 */
class TwoInstanceTest {
    @Test
    void anUploadToOneInstanceReachesTheStreamOfTheOtherAndBothServeTheSameBoard() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String db = PostgresServer.shared().newDatabase();
        try (RedisServer redis = RedisServer.start();
             TestServer first = TestServer.start(config(db, redis), Clock.systemUTC());
             TestServer second = TestServer.start(config(db, redis), Clock.systemUTC());
             SseListener stream = new SseListener(second.url("/api/v1/leaderboards/stream"))) {
            assertThat(stream.next(10)).isEqualTo("ready");
            String token = Accounts.userToken(first, "alice");
            String device = Accounts.deviceToken(first, token, "laptop");
            Days.privacy(first, token, "{\"leaderboards\":true}");
            stream.clear();

            Days.upload(first, device, today, Days.json("UTC", 1, 5400, Map.of("Go", 5400)));
            assertThat(stream.next(10)).isEqualTo("ranks");
            JsonNode onFirst = Json.of(first.get("/api/v1/leaderboards?period=day", null));
            JsonNode onSecond = Json.of(second.get("/api/v1/leaderboards?period=day", null));
            assertThat(onSecond.get("entries")).isEqualTo(onFirst.get("entries"));
            assertThat(onSecond.get("entries").get(0).get("username").asText()).isEqualTo("alice");
            assertThat(onSecond.get("entries").get(0).get("seconds").asInt()).isEqualTo(5400);

            // a hide by the admin CLI (same database and Redis) takes alice off both at once
            assertThat(dev.codehabit.sync.ServerApp.setHidden(config(db, redis), Clock.systemUTC(), "alice", true)).isTrue();
            assertThat(Json.of(second.get("/api/v1/leaderboards?period=day", null)).get("total").asInt()).isZero();
            assertThat(dev.codehabit.sync.ServerApp.setHidden(config(db, redis), Clock.systemUTC(), "alice", false)).isTrue();
            assertThat(Json.of(first.get("/api/v1/leaderboards?period=day", null)).get("total").asInt()).isEqualTo(1);

            // deletion through the second instance: no row and no ranking left anywhere
            long id = Json.of(first.get("/api/v1/me", token)).get("id").asLong();
            String team = Json.of(second.send("POST", "/api/v1/teams", token, "{\"name\":\"t\"}")).get("slug").asText();
            assertThat(team).isNotBlank();
            var deleted = second.send("DELETE", "/api/v1/me", token, "{\"password\":" + Json.quote(Accounts.PASSWORD) + "}");
            assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
            assertThat(Json.of(first.get("/api/v1/leaderboards?period=day", null)).get("total").asInt()).isZero();
            try (var c = DriverManager.getConnection(db)) {
                for (String table : new String[] {"device_day", "user_day", "user_day_language", "board_member", "team_member"}) {
                    ResultSet r = c.createStatement().executeQuery("select count(*) from " + table + " where account_id = " + id);
                    r.next();
                    assertThat(r.getInt(1)).as(table).isZero();
                }
            }
            try (JedisPooled jedis = new JedisPooled(java.net.URI.create(redis.uri()))) {
                var keys = jedis.scan("0", new ScanParams().match("lb:*:*").count(10_000)).getResult();
                assertThat(keys).isNotEmpty();
                for (String key : keys) {
                    if (jedis.type(key).equals("zset")) {
                        assertThat(jedis.zscore(key, Long.toString(id))).as(key).isNull();
                    }
                }
            }
        }
    }

    private static ServerConfig config(String db, RedisServer redis) throws Exception {
        Path dir = Files.createTempDirectory("two-instances");
        return new ServerConfig(0, dir, Optional.of(db), Optional.of(redis.uri()), "http://127.0.0.1");
    }
}
