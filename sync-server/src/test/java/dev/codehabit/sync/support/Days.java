package dev.codehabit.sync.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds day uploads for tests: the coding spread over the hours from midnight, languages as given. */
public final class Days {
    private Days() {}

    public static String json(String zone, long version, int coding, Map<String, Integer> languages) {
        int[] hours = new int[24];
        int left = coding;
        for (int h = 0; h < 24 && left > 0; h++) {
            hours[h] = Math.min(3600, left);
            left -= hours[h];
        }
        String hs = java.util.Arrays.stream(hours).mapToObj(String::valueOf).collect(Collectors.joining(","));
        String langs = languages.entrySet().stream().map(e -> Json.quote(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(","));
        return "{\"time_zone\":" + Json.quote(zone) + ",\"version\":" + version + ",\"coding_seconds\":" + coding
                + ",\"hours\":[" + hs + "],\"languages\":{" + langs + "}}";
    }

    /** Uploads and expects the day to be stored. */
    public static void upload(TestServer server, String deviceToken, String date, String json) {
        HttpResponse<String> r = server.send("PUT", "/api/v1/days/" + date, deviceToken, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** Sets privacy settings and expects them taken. */
    public static void privacy(TestServer server, String userToken, String settings) {
        HttpResponse<String> r = server.send("PUT", "/api/v1/me/privacy", userToken, settings);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
