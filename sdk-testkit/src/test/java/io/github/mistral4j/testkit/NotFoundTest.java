package io.github.mistral4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operation on an agent or a connector that does not exist answers 404, naming what was asked for. */
@MistralStandInTest
class NotFoundTest {
  private static final String ID = "0b7e4a4e-7d43-4a57-9cd1-8cbd2c7a37e1";
  private static final String AGENT = "Agent ag_missing not found";
  private static final String BY_NAME = "Connector 'gone' not found";
  private static final String BY_ID = "Connector '" + ID + "' not found";

  private Http http;

  @BeforeEach
  void client(MistralStandIn standIn) {
    http = Http.to(standIn);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          GET    | /v1/agents/ag_missing                         | -  | Agent
          PATCH  | /v1/agents/ag_missing                         | {} | Agent
          DELETE | /v1/agents/ag_missing                         | -  | Agent
          PATCH  | /v1/agents/ag_missing/version?version=1       | -  | Agent
          GET    | /v1/agents/ag_missing/versions                | -  | Agent
          GET    | /v1/agents/ag_missing/versions/1              | -  | Agent
          PUT    | /v1/agents/ag_missing/aliases?alias=a&version=1 | - | Agent
          GET    | /v1/agents/ag_missing/aliases                 | -  | Agent
          DELETE | /v1/agents/ag_missing/aliases?alias=a         | -  | Agent
          GET    | /v1/connectors/gone                           | -  | ByName
          GET    | /v1/connectors/gone/authentication_methods    | -  | ByName
          GET    | /v1/connectors/gone/auth_url                  | -  | ByName
          GET    | /v1/connectors/gone/tools?credentials_name=c  | -  | ByName
          GET    | /v1/connectors/gone/user/credentials          | -  | ByName
          DELETE | /v1/connectors/gone/workspace/credentials/c   | -  | ByName
          DELETE | /v1/connectors/gone/user/credentials          | -  | ByName
          PUT    | /v1/connectors/ID/share                       | -  | ById
          DELETE | /v1/connectors/ID/share                       | -  | ById
          POST   | /v1/connectors/ID/workspace/activate          | -  | ById
          POST   | /v1/connectors/ID/user/deactivate             | -  | ById
          PATCH  | /v1/connectors/ID                             | {} | ById
          DELETE | /v1/connectors/ID                             | -  | ById
          """)
  void answers404(String method, String path, @Nullable String body, String what) {
    Http.Reply r = http.send(method, path.replace("ID", ID), body);

    String detail = switch (what) {
      case "Agent" -> AGENT;
      case "ByName" -> BY_NAME;
      default -> BY_ID;
    };
    assertThat(r.status()).as(r.toString()).isEqualTo(404);
    assertThat(r.json().get("detail").asText()).isEqualTo(detail);
  }

  @ParameterizedTest(name = "POST {0} credentials")
  @CsvSource({"organization", "workspace", "user"})
  void createOrUpdateCredentials_answers404(String scope) {
    Http.Reply r = http.post(
        "/v1/connectors/gone/" + scope + "/credentials",
        "{\"name\":\"main\",\"credentials\":{\"bearer_token\":\"t\"}}");

    assertThat(r.status()).as(r.toString()).isEqualTo(404);
    assertThat(r.json().get("detail").asText()).isEqualTo(BY_NAME);
  }
}
