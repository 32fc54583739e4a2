package dev.codehabit.agent.e2e;

import dev.codehabit.agent.support.XSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The real input hook on a real X server: synthetic input from xdotool keeps the user active, silence makes the
 * user away from the last input on, and coding time stops counting exactly there although the editor keeps
 * sending heartbeats.
 */
class InputHookUnderXvfbTest {
    private static final int THRESHOLD_SECONDS = 4;

    @Test
    void inputKeepsTheUserActiveAndSilenceClipsTheTrackedTime(@TempDir Path dir) throws Exception {
        try (XSession x = XSession.start(800, 600)) {
            Process probe = x.command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    IdleProbe.class.getName(), dir.toString(), Integer.toString(THRESHOLD_SECONDS))
                    .redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (Exception ignored) {
                    // the probe ended
                }
            });
            try {
                XSession.await("the probe", java.time.Duration.ofSeconds(60), () -> lines.contains("ready"));
                assertThat(lines).contains("hook RUNNING");

                long activeUntil = System.currentTimeMillis() + 8_000;
                long lastInput = 0;
                int step = 0;
                while (System.currentTimeMillis() < activeUntil) {
                    x.run("xdotool", "mousemove", Integer.toString(100 + step % 300), Integer.toString(100 + step % 200));
                    if (step % 3 == 0) {
                        x.run("xdotool", "key", "a");
                    }
                    lastInput = System.currentTimeMillis();
                    step++;
                    Thread.sleep(250);
                }
                assertThat(lines).as("no 'away' while input keeps coming").noneMatch(l -> l.startsWith("away"));

                Thread.sleep((THRESHOLD_SECONDS + 4) * 1000L); // silence
                long stoppedAt = System.currentTimeMillis();
                Writer in = new OutputStreamWriter(probe.getOutputStream(), StandardCharsets.UTF_8);
                in.write("report\n");
                in.flush();
                assertThat(probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                reader.join(5000);

                Map<String, String> report = parse(lines);
                long awaySince = Long.parseLong(report.get("away"));
                assertThat(awaySince).as("away is backdated to the last input").isCloseTo(lastInput, within(1500L));
                double coding = Double.parseDouble(report.get("coding"));
                double expected = (awaySince - Long.parseLong(report.get("first"))) / 1000.0;
                assertThat(coding).as("coding time ends at the last input").isCloseTo(expected, within(2.0));
                assertThat(coding).isLessThan((stoppedAt - Long.parseLong(report.get("first"))) / 1000.0 - THRESHOLD_SECONDS);
                String[] counts = report.get("keys").split(" ");
                assertThat(Long.parseLong(counts[0])).as("key presses counted").isGreaterThan(5);
                assertThat(Long.parseLong(counts[2])).as("mouse moves counted").isGreaterThan(10);
            } finally {
                probe.destroyForcibly();
            }
        }
    }

    private static Map<String, String> parse(List<String> lines) {
        Map<String, String> out = new ConcurrentHashMap<>();
        for (String l : new ArrayList<>(lines)) {
            int space = l.indexOf(' ');
            if (space > 0) {
                out.putIfAbsent(l.substring(0, space), l.substring(space + 1));
            }
        }
        return out;
    }
}
