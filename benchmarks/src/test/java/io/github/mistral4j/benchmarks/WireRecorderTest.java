package io.github.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistral4j.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WireRecorderTest {
  private WireRecorder server;
  private RawClient raw;
  private RawClient sameWire;

  @BeforeEach
  void start() {
    server = new WireRecorder(Fixtures.bodies());
    raw = client(false);
    sameWire = client(true);
  }

  @AfterEach
  void stop() {
    raw.close();
    sameWire.close();
    server.close();
  }

  private RawClient client(boolean expectContinue) {
    return new RawClient(server.baseUrl(), Clients.API_KEY, "mistral4j-test", Json.mapper(), Duration.ofSeconds(5),
        Duration.ofSeconds(30), null, expectContinue);
  }

  @Test
  void sameWirePostDiffersFromRawOnlyByExpectLine() {
    raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, RequestFixtures.callArguments());
    sameWire.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, RequestFixtures.callArguments());
    List<WireRecorder.Recorded> seen = server.take();

    assertThat(seen).hasSize(2);
    WireRecorder.Recorded plain = seen.get(0);
    WireRecorder.Recorded wire = seen.get(1);
    assertThat(plain.requestLine())
        .isEqualTo("POST /v1/connectors/bench/tools/github_search_issues/call HTTP/1.1");
    assertThat(plain.header("Expect")).isNull();
    assertThat(wire.header("expect")).isEqualToIgnoringCase("100-continue");
    assertThat(wire.body()).isNotEmpty().isEqualTo(plain.body());
    assertThat(wire.sameBytes(plain)).isFalse();
    assertThat(RequestCheck.withoutExpect(wire.head())).isEqualTo(plain.head());
    assertThat(RequestCheck.withoutExpect(plain.head())).isEqualTo(plain.head());
    assertThat(server.problems()).isEmpty();
  }

  @Test
  void sameWireGetIsTheRawGet() {
    raw.listConnectors();
    sameWire.listConnectors();
    List<WireRecorder.Recorded> seen = server.take();

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).sameBytes(seen.get(1))).isTrue();
    assertThat(seen.get(0).body()).isEmpty();
    assertThat(seen.get(0).header("Expect")).isNull();
    assertThat(server.take()).isEmpty();
  }

  @Test
  void keepsTheConnectionForTheNextRequests() {
    for (int i = 0; i < 3; i++) {
      sameWire.createAgent(RequestFixtures.createAgentRequest());
    }
    assertThat(server.take()).hasSize(3).allSatisfy(r -> assertThat(r.requestLine()).isEqualTo("POST /v1/agents HTTP/1.1"));
    assertThat(server.problems()).isEmpty();
  }

  @Test
  void describeHidesTheAuthorizationValue() {
    raw.listConnectors();
    WireRecorder.Recorded seen = server.take().get(0);

    assertThat(seen.headText()).contains(Clients.API_KEY);
    assertThat(RequestCheck.describe(seen))
        .startsWith("GET /v1/connectors HTTP/1.1 | ")
        .doesNotContain(Clients.API_KEY)
        .contains("Authorization: <" + (" Bearer " + Clients.API_KEY).length() + " chars>")
        .endsWith("body=0 bytes");
  }

  @Test
  void unknownRouteIsNotFound() throws IOException {
    String answer = exchange("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 404 ");
    assertThat(server.take()).singleElement().satisfies(r -> assertThat(r.requestLine()).isEqualTo("GET /nowhere HTTP/1.1"));
  }

  @Test
  void chunkedBodyIsRecordedAsAProblem() throws IOException {
    String answer = exchange("POST /v1/agents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    assertThat(answer).isEmpty();
    assertThat(server.take()).isEmpty();
    assertThat(server.problems()).singleElement().asString().contains("chunked").contains("POST /v1/agents");
  }

  @Test
  void headCutShortIsRecordedAsAProblem() throws IOException {
    String answer = exchange("GET /v1/connectors HTTP/1.1\r\nHost: x\r\n");
    assertThat(answer).isEmpty();
    assertThat(server.problems()).singleElement().asString().contains("within a request head");
  }

  @Test
  void bodyCutShortIsRecordedAsAProblem() throws IOException {
    String answer = exchange("POST /v1/agents HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{}");
    assertThat(answer).isEmpty();
    assertThat(server.take()).isEmpty();
    assertThat(server.problems()).singleElement().asString().contains("within the body of POST /v1/agents");
  }

  @Test
  void expectContinueIsAnsweredBeforeTheBody() throws IOException {
    String answer = exchange("POST /v1/agents HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}");
    assertThat(answer).startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n");
    assertThat(server.take()).singleElement().satisfies(r -> assertThat(r.body()).containsExactly('{', '}'));
  }

  /** Sends the bytes, half-closes, and returns all the server answered before closing. */
  private String exchange(String request) throws IOException {
    int port = Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
