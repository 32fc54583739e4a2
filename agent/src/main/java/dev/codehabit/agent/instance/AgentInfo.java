package dev.codehabit.agent.instance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code agent.json} tells same-user tools about the running agent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentInfo(
        @JsonProperty("port") int port,
        @JsonProperty("token") String token,
        @JsonProperty("pid") long pid,
        @JsonProperty("version") String version,
        @JsonProperty("api") String api,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("mode") String mode) {

    public AgentInfo withToken(String newToken) {
        return new AgentInfo(port, newToken, pid, version, api, startedAt, mode);
    }
}
