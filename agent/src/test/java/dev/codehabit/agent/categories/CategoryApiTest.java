package dev.codehabit.agent.categories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.codehabit.agent.support.Http.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** GET/PUT /api/v1/categories over real HTTP; rules persist in a real SQLite file. */
class CategoryApiTest {
    @TempDir
    Path dir;
    private TestAgent agent;

    @BeforeEach
    void start() {
        agent = new TestAgent(dir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private String categoryOf(String domain) {
        JsonNode c = agent.get("/api/v1/categories?domain=" + domain).json().get("category");
        return c.isNull() ? null : c.get("id").asText() + ":" + c.get("level").asInt();
    }

    @Test
    void listsTheBuiltInCategoriesWithTheirLevels() {
        JsonNode body = agent.get("/api/v1/categories").json();
        assertThat(body.get("builtin_sites").asInt()).isGreaterThan(300);
        assertThat(body.get("rules")).isEmpty();
        assertThat(body.get("categories").findValuesAsText("id"))
                .contains("software-development", "communication", "social-media", "video", "news", "shopping");
        assertThat(categoryOf("github.com")).isEqualTo("software-development:2");
        assertThat(categoryOf("www.youtube.com")).isEqualTo("video:-2");
    }

    @Test
    void userRulesAndLevelsApplyAndSurviveARestart() {
        Response put = admin(agent, "PUT", "/api/v1/categories", """
                {"rules": [{"kind": "domain", "pattern": "youtube.com", "category": "reference"},
                           {"kind": "suffix", "pattern": "*.corp.example", "category": "intranet"},
                           {"kind": "regex", "pattern": "(.+\\\\.)?jira-[a-z]+\\\\.example", "category": "productivity"}],
                 "levels": {"intranet": 1, "news": -1}}""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(categoryOf("youtube.com")).isEqualTo("reference:1");
        assertThat(categoryOf("wiki.corp.example")).isEqualTo("intranet:1");
        assertThat(categoryOf("jira-eu.example")).isEqualTo("productivity:1");
        assertThat(categoryOf("cnn.com")).isEqualTo("news:-1");

        agent.close();
        agent = new TestAgent(dir);
        assertThat(categoryOf("youtube.com")).isEqualTo("reference:1");
        assertThat(categoryOf("wiki.corp.example")).isEqualTo("intranet:1");
        assertThat(categoryOf("cnn.com")).isEqualTo("news:-1");

        // levels alone: the rules stay
        assertThat(admin(agent, "PUT", "/api/v1/categories", "{\"levels\": {}}").status()).isEqualTo(200);
        assertThat(categoryOf("cnn.com")).isEqualTo("news:-2");
        assertThat(categoryOf("youtube.com")).isEqualTo("reference:1");
    }

    @Test
    void invalidInputIs400AndKeepsWhatWasStored() {
        admin(agent, "PUT", "/api/v1/categories", "{\"rules\": [{\"kind\": \"domain\", \"pattern\": \"youtube.com\", \"category\": \"reference\"}]}");
        Response badRegex = admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"regex\", \"pattern\": \"([\", \"category\": \"news\"}]}");
        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(badRegex.json().get("error").asText()).contains("rules[0]").contains("invalid regex");
        Response badLevel = admin(agent, "PUT", "/api/v1/categories", "{\"levels\": {\"news\": 3}}");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(admin(agent, "PUT", "/api/v1/categories", "{\"levels\": {\"news\": \"high\"}}").status()).isEqualTo(400);
        assertThat(admin(agent, "PUT", "/api/v1/categories", "{}").status()).isEqualTo(400);
        assertThat(admin(agent, "PUT", "/api/v1/categories", "{\"rules\": [{\"kind\": \"glob\"}]}").status()).isEqualTo(400);
        assertThat(categoryOf("youtube.com")).isEqualTo("reference:1");
        assertThat(categoryOf("cnn.com")).isEqualTo("news:-2");
        assertThat(agent.get("/api/v1/categories?domain=not%20a%20domain").status()).isEqualTo(400);
    }

    @Test
    void aRegexThatBacktracksWithoutEndIsRefused() {
        Response refused = admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"regex\", \"pattern\": \"(.*a){12}b\", \"category\": \"news\"}]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("rules[0]").contains("backtracks");
        assertThat(agent.get("/api/v1/categories").json().get("rules")).isEmpty();
    }

    /** Guards the build against a hang (without the bounded matcher this lookup runs for hours). */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunawayRegexThatSlipsThroughNeverStallsALookup() {
        Response put = admin(agent, "PUT", "/api/v1/categories", """
                {"rules": [{"kind": "regex", "pattern": "(.*b){12}c", "category": "news"},
                           {"kind": "regex", "pattern": "b+\\\\.example", "category": "reference"}]}""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        String domain = "b".repeat(40) + ".example";
        assertThat(categoryOf(domain)).isEqualTo("reference:1"); // the runaway rule counts as no match
        assertThat(categoryOf("bbbbbbbbbbbbc")).startsWith("news:"); // and still matches what it can
    }
}
