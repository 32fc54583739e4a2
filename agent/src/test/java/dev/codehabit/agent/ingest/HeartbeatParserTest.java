package dev.codehabit.agent.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.activity.Heartbeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeartbeatParserTest {
    private static final double NOW = 1_780_000_000;
    private final ObjectMapper json = new ObjectMapper();
    private final HeartbeatParser parser = new HeartbeatParser(Clock.fixed(Instant.ofEpochSecond((long) NOW), ZoneOffset.UTC));

    private Heartbeat parse(String body) throws Exception {
        return parser.parse(json.readTree(body));
    }

    @Test
    void readsAWakaTimePluginHeartbeat() throws Exception {
        Heartbeat h = parse("""
                {"entity": "/home/me/app/src/Main.kt", "type": "file", "category": "debugging", "time": 1779999999.25,
                 "project": "app", "branch": "feature/x", "language": "Kotlin", "lines": 120, "lineno": 7, "cursorpos": 3,
                 "is_write": true, "dependencies": ["kotlinx.coroutines"], "line_additions": 4, "line_deletions": 1,
                 "user_agent": "wakatime/v1.90.0 (linux-6.1) go1.22 intellij/2024.1 intellij-wakatime/15.0", "plugin": "ignored"}
                """);
        assertThat(h.time()).isEqualTo(1779999999.25);
        assertThat(h.stream()).isEqualTo(Heartbeat.Stream.CODING);
        assertThat(h.category()).isEqualTo("debugging");
        assertThat(h.source()).isEqualTo("intellij");
        assertThat(h.editor()).isEqualTo("IntelliJ IDEA");
        assertThat(h.isWrite()).isTrue();
        assertThat(h.dependencies()).containsExactly("kotlinx.coroutines");
        assertThat(h.counts().lineAdditions()).isEqualTo(4);
        assertThat(h.lineno()).isEqualTo(7);
    }

    @Test
    void readsOurOwnFields() throws Exception {
        Heartbeat h = parse("""
                {"entity": "a.ts", "time": 1779999000, "source": "vscode", "signal": "blur", "keystrokes": 12,
                 "characters": 10, "line_additions": 5, "generated_additions": 4, "dependencies": "a, b"}
                """);
        assertThat(h.signal()).isEqualTo(Heartbeat.Signal.BLUR);
        assertThat(h.endsSpan()).isTrue();
        assertThat(h.counts().keystrokes()).isEqualTo(12);
        assertThat(h.counts().generatedAdditions()).isEqualTo(4);
        assertThat(h.editor()).isEqualTo("VS Code");
        assertThat(h.dependencies()).containsExactly("a", "b");
    }

    @Test
    void aUrlIsReducedToItsDomainBeforeAnythingIsStored() throws Exception {
        Heartbeat h = parse("{\"entity\": \"https://www.GitHub.com/me/secret-repo?tab=issues\", \"type\": \"url\", \"time\": 1779999000}");
        assertThat(h.entity()).isEqualTo("github.com");
        assertThat(h.type()).isEqualTo("domain");
        assertThat(h.stream()).isEqualTo(Heartbeat.Stream.WEB);
        assertThat(h.category()).isEqualTo("browsing");
    }

    @Test
    void browsingTimeIsStoredByDomainWhateverTheTypeSays() throws Exception {
        Heartbeat h = parse("{\"entity\": \"https://bank.example/account/42\", \"category\": \"browsing\", \"time\": 1779999000}");
        assertThat(h.entity()).isEqualTo("bank.example");
        assertThat(h.stream()).isEqualTo(Heartbeat.Stream.WEB);
        assertThatThrownBy(() -> parse("{\"entity\": \"/home/me/notes.txt\", \"type\": \"file\", \"category\": \"browsing\", \"time\": 1779999000}"))
                .hasMessageContaining("not a valid URL or domain");
    }

    @Test
    void aDomainTypeWithAPathKeepsOnlyTheHost() throws Exception {
        assertThat(parse("{\"entity\": \"docs.rs/serde\", \"type\": \"domain\", \"time\": 1779999000}").entity()).isEqualTo("docs.rs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing entity              | {\"time\": 1779999000}                                         | entity is required",
            "blank entity                | {\"entity\": \" \", \"time\": 1779999000}                      | entity is required",
            "missing time                | {\"entity\": \"a\"}                                            | time is required",
            "time as a string            | {\"entity\": \"a\", \"time\": \"1779999000\"}                  | time must be a number",
            "time in the far future      | {\"entity\": \"a\", \"time\": 1780003601}                      | more than 1 hour in the future",
            "time before 2000            | {\"entity\": \"a\", \"time\": 12}                              | after 2000-01-01",
            "negative keystrokes         | {\"entity\": \"a\", \"time\": 1779999000, \"keystrokes\": -1}  | keystrokes cannot be negative",
            "fractional line additions   | {\"entity\": \"a\", \"time\": 1779999000, \"line_additions\": 1.5} | line_additions must be a whole number",
            "huge count                  | {\"entity\": \"a\", \"time\": 1779999000, \"keystrokes\": 99999999} | implausibly large",
            "is_write as a string        | {\"entity\": \"a\", \"time\": 1779999000, \"is_write\": \"yes\"} | is_write must be true or false",
            "project as a number         | {\"entity\": \"a\", \"time\": 1779999000, \"project\": 5}      | project must be a string",
            "unknown type                | {\"entity\": \"a\", \"time\": 1779999000, \"type\": \"movie\"}  | type must be one of",
            "unknown signal              | {\"entity\": \"a\", \"time\": 1779999000, \"signal\": \"nap\"}  | signal must be focus, blur or idle",
            "bad domain                  | {\"entity\": \"not a host!\", \"time\": 1779999000, \"type\": \"domain\"} | must be a domain name",
            "generated over additions    | {\"entity\": \"a\", \"time\": 1779999000, \"line_additions\": 1, \"generated_additions\": 2} | cannot exceed",
            "array instead of object     | [1, 2]                                                        | must be a JSON object",
    })
    void refusesBadInputWithAReason(String name, String body, String reason) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(InvalidHeartbeatException.class).hasMessageContaining(reason);
    }

    @Test
    void refusesOversizedStrings() {
        String longEntity = "x".repeat(HeartbeatParser.MAX_STRING_BYTES + 1);
        assertThatThrownBy(() -> parse("{\"entity\": \"" + longEntity + "\", \"time\": 1779999000}"))
                .hasMessageContaining("entity is too long");
        // Multi-byte characters count by their bytes, not by their number.
        String wide = "é".repeat(HeartbeatParser.MAX_STRING_BYTES / 2 + 1);
        assertThatThrownBy(() -> parse("{\"entity\": \"a\", \"project\": \"" + wide + "\", \"time\": 1779999000}"))
                .hasMessageContaining("project is too long");
    }

    @Test
    void acceptsATimeUpToAnHourAhead() throws Exception {
        assertThat(parse("{\"entity\": \"a\", \"time\": 1780003599}").time()).isEqualTo(1780003599);
    }
}
