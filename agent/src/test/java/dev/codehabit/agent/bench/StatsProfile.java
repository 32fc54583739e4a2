package dev.codehabit.agent.bench;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.stats.StatsJson;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Splits the 365-day stats time into query and JSON, in-process, on a HistoryBench data dir. */
public final class StatsProfile {
    public static void main(String[] args) throws Exception {
        try (Services services = new Services(Path.of(args[0]), Clock.systemUTC())) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
            StatsJson json = new StatsJson();
            String[] queries = {
                    "SELECT dimension, name, sum(seconds) FROM daily_rollup WHERE day BETWEEN ? AND ? GROUP BY dimension, name",
                    "SELECT counter, sum(value) FROM daily_counter WHERE day BETWEEN ? AND ? GROUP BY counter",
                    "SELECT count(DISTINCT entity) FROM daily_file WHERE day BETWEEN ? AND ?",
                    "SELECT day, dimension, name, seconds FROM daily_rollup WHERE day BETWEEN ? AND ? AND dimension IN ('stream','language','project','category','domain')",
                    "SELECT day, counter, value FROM daily_counter WHERE day BETWEEN ? AND ?"};
            for (int round = 0; round < 20; round++) {
                StringBuilder line = new StringBuilder();
                for (String q : queries) {
                    long s = System.nanoTime();
                    int rows = services.database().read(c -> {
                        try (var st = c.prepareStatement(q)) {
                            st.setString(1, today.minusDays(364).toString());
                            st.setString(2, today.toString());
                            try (var rs = st.executeQuery()) {
                                int n = 0;
                                while (rs.next()) {
                                    rs.getString(1);
                                    n++;
                                }
                                return n;
                            }
                        }
                    });
                    line.append(String.format("%.1fms/%d  ", (System.nanoTime() - s) / 1e6, rows));
                }
                if (round >= 17) {
                    System.out.println(line);
                }
            }
            for (int round = 0; round < 40; round++) {
                long t0 = System.nanoTime();
                var stats = services.stats().stats(today.minusDays(364), today);
                long t1 = System.nanoTime();
                byte[] bytes = services.json().writeValueAsBytes(json.toMap(stats));
                long t2 = System.nanoTime();
                System.out.printf("query %.1f ms, json %.1f ms (%d KB)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, bytes.length >> 10);
            }
        }
    }
}
