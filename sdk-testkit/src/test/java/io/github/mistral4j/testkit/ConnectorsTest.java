package io.github.mistral4j.testkit;

import static io.github.mistral4j.testkit.Fixtures.connector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorsTest {
  private MistralStandIn standIn;
  private Http http;

  @BeforeEach
  void start() {
    standIn = MistralStandIn.builder()
        .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456789Z"), ZoneOffset.UTC))
        .start();
    http = Http.to(standIn);
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void list_writesItsPaginationInTheContractOrder() {
    assertThat(http.get("/v1/connectors").raw())
        .isEqualTo("{\"items\":[],\"pagination\":{\"next_cursor\":null,\"page_size\":100}}");
    http.post("/v1/connectors", connector("a"));
    http.post("/v1/connectors", connector("b"));

    String raw = http.get("/v1/connectors?page_size=1").raw();

    assertThat(raw).matches(".*\"pagination\":\\{\"next_cursor\":\"[A-Za-z0-9_-]+\",\"page_size\":1}}");
  }

  @Test
  void create_returns201WithAFullConnector() {
    Http.Reply r = http.post(
        "/v1/connectors",
        "{\"name\":\"weather\",\"title\":\"Weather\",\"description\":\"Weather tools\","
            + "\"server\":\"https://mcp.example.com/sse\",\"visibility\":\"shared_workspace\",\"icon_url\":\"https://x/i.png\"}");

    assertThat(r.status()).isEqualTo(201);
    JsonNode c = r.json();
    assertThat(UUID.fromString(c.get("id").asText())).isNotNull();
    assertThat(c.get("name").asText()).isEqualTo("weather");
    assertThat(c.get("title").asText()).isEqualTo("Weather");
    assertThat(c.get("description").asText()).isEqualTo("Weather tools");
    assertThat(c.get("server").asText()).isEqualTo("https://mcp.example.com/sse");
    assertThat(c.get("protocol").asText()).isEqualTo("mcp");
    assertThat(c.get("icon_url").asText()).isEqualTo("https://x/i.png");
    assertThat(c.get("visibility").asText()).isEqualTo("shared_workspace");
    assertThat(c.get("owner_type").asText()).isEqualTo("workspace");
    assertThat(c.get("created_at").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
    assertThat(c.get("modified_at").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
    assertThat(c.get("private_tool_execution").asBoolean()).isFalse();
    assertThat(c.get("active").asBoolean()).isFalse();
    assertThat(c.get("system_prompt").isNull()).isTrue();
    assertThat(c.get("tools").isArray()).isTrue();
    assertThat(c.get("supported_auth_methods").get(0).get("method_type").asText())
        .isEqualTo("none");
  }

  @Test
  void create_defaultsToAPrivateConnectorOwnedByTheUser() {
    JsonNode c = http.post("/v1/connectors", connector("notes")).json();

    assertThat(c.get("visibility").asText()).isEqualTo("private");
    assertThat(c.get("owner_type").asText()).isEqualTo("user");
    assertThat(c.get("title").isNull()).isTrue();
  }

  @Test
  void create_withOAuthMetadataOffersTheOAuth2Method() {
    JsonNode c = http.post(
            "/v1/connectors",
            "{\"name\":\"gh\",\"description\":\"d\",\"server\":\"https://mcp.example.com\","
                + "\"oauth2_server_metadata\":{\"issuer\":\"https://auth.example.com\","
                + "\"authorization_endpoint\":\"https://auth.example.com/authorize\",\"token_endpoint\":\"https://auth.example.com/token\"}}")
        .json();

    JsonNode method = c.get("supported_auth_methods").get(0);
    assertThat(method.get("method_type").asText()).isEqualTo("oauth2");
    assertThat(method.get("oauth2_server_metadata").get("token_endpoint").asText())
        .isEqualTo("https://auth.example.com/token");
    assertThat(method
            .get("oauth2_server_metadata")
            .get("response_types_supported")
            .get(0)
            .asText())
        .isEqualTo("code");
  }

  @Test
  void create_withADuplicateNameIs409() {
    http.post("/v1/connectors", connector("weather"));

    Http.Reply r = http.post("/v1/connectors", connector("weather"));

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asText()).contains("weather");
  }

  @Test
  void get_findsAConnectorByIdOrByName() {
    String id =
        http.post("/v1/connectors", connector("weather")).json().get("id").asText();

    assertThat(http.get("/v1/connectors/" + id).json().get("name").asText()).isEqualTo("weather");
    assertThat(http.get("/v1/connectors/weather").json().get("id").asText()).isEqualTo(id);
    assertThat(http.get("/v1/connectors/" + id.toUpperCase()).json().get("id").asText())
        .isEqualTo(id);
  }

  @Test
  void get_ofAnUnknownConnectorIs404() {
    Http.Reply byName = http.get("/v1/connectors/nope");
    Http.Reply byId = http.get("/v1/connectors/" + UUID.randomUUID());

    assertThat(byName.status()).isEqualTo(404);
    assertThat(byName.json().get("detail").asText()).contains("nope");
    assertThat(byId.status()).isEqualTo(404);
  }

  @Test
  void get_withUserDataAndNoCredentials_isNotAuthenticated() {
    http.post("/v1/connectors", connector("weather"));
    http.post("/v1/connectors/weather/workspace/credentials", "{\"name\":\"shared\"}");
    http.delete("/v1/connectors/weather/workspace/credentials/shared");

    JsonNode full = http.get("/v1/connectors/weather?fetch_user_data=true").json();

    assertThat(full.get("is_authenticated").isBoolean()).isTrue();
    assertThat(full.get("is_authenticated").asBoolean()).isFalse();
    assertThat(full.get("connection_credentials")).isEmpty();
  }

  @Test
  void get_withUserDataShowsCredentialsAndAuthenticationState() {
    http.post("/v1/connectors", connector("weather"));
    http.post(
        "/v1/connectors/weather/user/credentials",
        "{\"name\":\"mine\",\"credentials\":{\"bearer_token\":\"s3cr3t\"}}");

    JsonNode plain = http.get("/v1/connectors/weather").json();
    JsonNode full = http.get("/v1/connectors/weather?fetch_user_data=true").json();

    assertThat(plain.get("connection_credentials").isNull()).isTrue();
    assertThat(plain.get("is_authenticated").isNull()).isTrue();
    assertThat(full.get("is_authenticated").asBoolean()).isTrue();
    assertThat(full.get("connection_credentials").get(0).get("name").asText()).isEqualTo("mine");
    assertThat(full.get("connection_credentials").get(0).get("scope").asText()).isEqualTo("user");
    assertThat(full.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void get_withCustomerDataShowsTheConnectionConfigWithHeadersMasked() {
    http.post(
        "/v1/connectors",
        "{\"name\":\"h\",\"description\":\"d\",\"server\":\"https://mcp.example.com\",\"headers\":{\"X-Token\":\"s3cr3t\"}}");

    JsonNode config =
        http.get("/v1/connectors/h?fetch_customer_data=true").json().get("connection_config");

    assertThat(config.get("type").asText()).isEqualTo("mcp");
    assertThat(config.get("base_url").asText()).isEqualTo("https://mcp.example.com");
    assertThat(config.get("headers").get("X-Token").asText()).isEqualTo("****");
  }

  @Test
  void list_pagesWithCursorUntilNextCursorIsNull() {
    for (int i = 0; i < 5; i++) {
      http.post("/v1/connectors", connector("c" + i));
    }

    List<String> names = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = http.get(
              "/v1/connectors?page_size=2" + (cursor == null ? "" : "&cursor=" + cursor))
          .json();
      page.get("items").forEach(c -> names.add(c.get("name").asText()));
      assertThat(page.get("pagination").get("page_size").asInt()).isEqualTo(2);
      JsonNode next = page.get("pagination").get("next_cursor");
      cursor = next.isNull() ? null : next.asText();
      pages++;
    } while (cursor != null);

    assertThat(names).containsExactly("c0", "c1", "c2", "c3", "c4");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void list_ofAnExactMultipleEndsWithoutAnEmptyPage() {
    http.post("/v1/connectors", connector("a"));
    http.post("/v1/connectors", connector("b"));

    JsonNode page = http.get("/v1/connectors?page_size=2").json();

    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("pagination").get("next_cursor").isNull()).isTrue();
  }

  @Test
  void list_defaultsToPagesOf100() {
    JsonNode page = http.get("/v1/connectors").json();

    assertThat(page.get("items")).isEmpty();
    assertThat(page.get("pagination").get("page_size").asInt()).isEqualTo(100);
  }

  @Test
  void list_filtersOnActive() {
    String a = http.post("/v1/connectors", connector("a")).json().get("id").asText();
    http.post("/v1/connectors", connector("b"));
    http.post("/v1/connectors/" + a + "/workspace/activate");

    JsonNode active = http.get("/v1/connectors?active=true").json().get("items");
    JsonNode inactive = http.get("/v1/connectors?active=false").json().get("items");

    assertThat(active).extracting(c -> c.get("name").asText()).containsExactly("a");
    assertThat(inactive).extracting(c -> c.get("name").asText()).containsExactly("b");
  }

  @Test
  void list_withAForeignCursorIs400() {
    Http.Reply r = http.get("/v1/connectors?cursor=bm90LW91cnM");

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void list_withAPageSizeOutOfRangeIs422() {
    Http.Reply r = http.get("/v1/connectors?page_size=0");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("detail").get(0).get("type").asText()).isEqualTo("greater_than_equal");
    assertThat(r.json().get("detail").get(0).get("loc").toString())
        .isEqualTo("[\"query\",\"page_size\"]");
  }

  @Test
  void update_keepsAbsentFieldsAndClearsNullOnes() {
    String id = http.post(
            "/v1/connectors",
            "{\"name\":\"weather\",\"title\":\"Weather\",\"description\":\"d\",\"server\":\"https://mcp.example.com\",\"system_prompt\":\"Be"
                + " brief\",\"icon_url\":\"https://x/i.png\"}")
        .json()
        .get("id")
        .asText();

    Http.Reply r = http.patch("/v1/connectors/" + id, "{\"description\":\"New\",\"title\":null}");

    assertThat(r.status()).isEqualTo(200);
    JsonNode c = r.json();
    assertThat(c.get("description").asText()).isEqualTo("New");
    assertThat(c.get("title").isNull()).isTrue();
    assertThat(c.get("system_prompt").asText()).isEqualTo("Be brief");
    assertThat(c.get("icon_url").asText()).isEqualTo("https://x/i.png");
    assertThat(http.get("/v1/connectors/" + id).json()).isEqualTo(c);
  }

  @Test
  void update_setsEachOptionalTextThatIsSent() {
    String id = http.post("/v1/connectors", connector("weather")).json().get("id").asText();

    JsonNode set = http.patch(
            "/v1/connectors/" + id,
            "{\"title\":\"T\",\"icon_url\":\"https://x/i.png\",\"system_prompt\":\"P\","
                + "\"server\":\"https://other.example.com/mcp\"}")
        .json();
    JsonNode kept = http.patch("/v1/connectors/" + id, "{\"description\":\"D\"}").json();
    JsonNode cleared = http.patch(
            "/v1/connectors/" + id, "{\"icon_url\":null,\"system_prompt\":null}")
        .json();

    assertThat(set.get("title").asText()).isEqualTo("T");
    assertThat(set.get("icon_url").asText()).isEqualTo("https://x/i.png");
    assertThat(set.get("system_prompt").asText()).isEqualTo("P");
    assertThat(set.get("server").asText()).isEqualTo("https://other.example.com/mcp");
    assertThat(kept.get("title").asText()).isEqualTo("T");
    assertThat(kept.get("server").asText()).isEqualTo("https://other.example.com/mcp");
    assertThat(cleared.get("icon_url").isNull()).isTrue();
    assertThat(cleared.get("system_prompt").isNull()).isTrue();
    assertThat(cleared.get("title").asText()).isEqualTo("T");
  }

  @Test
  void update_nullOnARequiredFieldLeavesItUnchanged() {
    String id =
        http.post("/v1/connectors", connector("weather")).json().get("id").asText();

    JsonNode c = http.patch("/v1/connectors/" + id, "{\"name\":null,\"description\":null}")
        .json();

    assertThat(c.get("name").asText()).isEqualTo("weather");
    assertThat(c.get("description").asText()).isEqualTo("The weather tools");
  }

  @Test
  void update_renamesAndRefusesATakenName() {
    String id =
        http.post("/v1/connectors", connector("weather")).json().get("id").asText();
    http.post("/v1/connectors", connector("taken"));

    Http.Reply renamed = http.patch("/v1/connectors/" + id, "{\"name\":\"meteo\"}");
    Http.Reply clash = http.patch("/v1/connectors/" + id, "{\"name\":\"taken\"}");

    assertThat(renamed.json().get("name").asText()).isEqualTo("meteo");
    assertThat(http.get("/v1/connectors/meteo").status()).isEqualTo(200);
    assertThat(http.get("/v1/connectors/weather").status()).isEqualTo(404);
    assertThat(clash.status()).isEqualTo(409);
  }

  @Test
  void update_addsAuthenticationMethodsWithoutEchoingSecrets() {
    String id =
        http.post("/v1/connectors", connector("weather")).json().get("id").asText();

    http.patch(
        "/v1/connectors/" + id,
        "{\"auth_methods\":[{\"method_type\":\"bearer\",\"headers\":[{\"name\":\"X-Key\"}],"
            + "\"global_headers\":{\"X-Org\":{\"value\":\"hidden\"},\"X-Env\":{\"value\":\"prod\",\"is_secret\":false}},"
            + "\"oauth2_metadata_secrets\":{\"client_id\":\"id\",\"client_secret\":\"very-secret\"}}]}");
    JsonNode methods =
        http.get("/v1/connectors/" + id + "/authentication_methods").json();

    assertThat(methods)
        .extracting(m -> m.get("method_type").asText())
        .containsExactly("none", "bearer");
    JsonNode bearer = methods.get(1);
    assertThat(bearer.get("headers").get(0).get("name").asText()).isEqualTo("X-Key");
    assertThat(bearer.get("headers").get(0).get("is_secret").asBoolean()).isTrue();
    assertThat(bearer.get("global_headers").get("X-Org").get("value").asText()).isEqualTo("****");
    assertThat(bearer.get("global_headers").get("X-Env").get("value").asText()).isEqualTo("prod");
    assertThat(methods.toString()).doesNotContain("hidden", "very-secret");
  }

  @Test
  void update_ofAnUnknownIdIs404AndOfANameIs422() {
    Http.Reply unknown = http.patch("/v1/connectors/" + UUID.randomUUID(), "{}");
    Http.Reply byName = http.patch("/v1/connectors/weather", "{}");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(byName.status()).isEqualTo(422);
    assertThat(byName.json().get("detail").get(0).get("type").asText()).isEqualTo("uuid_parsing");
    assertThat(byName.json().get("detail").get(0).get("loc").toString())
        .isEqualTo("[\"path\",\"connector_id\"]");
  }

  @Test
  void update_movesModifiedAtAndKeepsCreatedAt() {
    MistralStandIn ticking = MistralStandIn.builder().clock(new StepClock()).start();
    try {
      Http h = Http.to(ticking);
      JsonNode created = h.post("/v1/connectors", connector("weather")).json();
      JsonNode updated = h.patch(
              "/v1/connectors/" + created.get("id").asText(), "{\"description\":\"x\"}")
          .json();

      assertThat(updated.get("created_at")).isEqualTo(created.get("created_at"));
      assertThat(Instant.parse(updated.get("modified_at").asText()))
          .isAfter(Instant.parse(created.get("modified_at").asText()));
    } finally {
      ticking.close();
    }
  }

  @Test
  void delete_answersAMessageAndForgetsTheConnector() {
    String id =
        http.post("/v1/connectors", connector("weather")).json().get("id").asText();

    Http.Reply r = http.delete("/v1/connectors/" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("message").asText()).contains(id);
    assertThat(http.get("/v1/connectors/" + id).status()).isEqualTo(404);
    assertThat(http.delete("/v1/connectors/" + id).status()).isEqualTo(404);
    assertThat(http.post("/v1/connectors", connector("weather")).status()).isEqualTo(201);
  }

  /** A clock one second later on every read. */
  static final class StepClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }
  }
}
