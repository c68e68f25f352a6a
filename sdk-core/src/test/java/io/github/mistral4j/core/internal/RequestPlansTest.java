package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Body;
import feign.CollectionFormat;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RequestPlansTest {
  interface Unusual {
    @RequestLine("GET /v1/a")
    String queryMap(@QueryMap Map<String, Object> query);

    @RequestLine("GET")
    String uri(URI uri);

    @RequestLine("GET /v1/c")
    String options(Request.Options options);

    @RequestLine("POST /v1/d")
    @Body("{\"name\":\"{name}\"}")
    String bodyTemplate(@Param("name") String name);

    @RequestLine("POST /v1/d")
    @Body("fixed")
    String fixedBody();

    @RequestLine("GET /v1/e/{id:[a-z]+}")
    String pattern(@Param("id") String id);

    @RequestLine("GET /v1/f")
    Response raw();

    @RequestLine(value = "GET /v1/g?tags={tags}", collectionFormat = CollectionFormat.CSV)
    String csv(@Param("tags") List<String> tags);

    @RequestLine("GET /v1/h")
    @feign.Headers("X-Map: {map}")
    String mapInHeader(@Param("map") Map<String, String> map);

    @RequestLine("GET /v1/things/{id}")
    String plain(@Param("id") String id);
  }

  @Test
  void unplannable_namesEachMethodAPlanCannotModel_andWhy() {
    assertThat(RequestPlans.unplannable(Unusual.class))
        .containsExactlyInAnyOrder(
            "Unusual#queryMap(Map): a @QueryMap",
            "Unusual#uri(URI): a URI argument",
            "Unusual#options(Options): an Options argument",
            "Unusual#bodyTemplate(String): form parameters [name]",
            "Unusual#fixedBody(): a @Body template",
            "Unusual#pattern(String): the expression {id:[a-z]+}",
            "Unusual#raw(): a raw response",
            "Unusual#csv(List): the collection format CSV",
            "Unusual#mapInHeader(Map): the argument type java.util.Map without an expander");
  }

  @Test
  void transportCalls_runByTheirPlans_throughTheRetryingClient() {
    List<String> stacks = new CopyOnWriteArrayList<>();
    List<Request> requests = new CopyOnWriteArrayList<>();
    feign.Client client =
        (request, options) -> {
          requests.add(request);
          stacks.add(Arrays.toString(new Throwable().getStackTrace()));
          return Response.builder()
              .status(200)
              .headers(Map.of())
              .body("{\"id\":\"t1\"}", StandardCharsets.UTF_8)
              .request(request)
              .build();
        };
    ClientOptions options = TransportFixture.options("https://api.example.com").feignClient(client).build();
    try (MistralTransport transport = MistralTransport.create(options)) {
      TestApi api = transport.api(TestApi.class);
      transport.call(RequestOptions.none(), () -> api.create(Map.of("name", "x")));
    }
    assertThat(stacks).singleElement().asString().contains(PlannedCall.class.getName(), RetryingClient.class.getName());
    Request sent = requests.get(0);
    assertThat(sent.url()).isEqualTo("https://api.example.com/v1/things");
    // the request carries its method, for the retry rules of @NonIdempotent and for async callers
    assertThat(sent.requestTemplate().methodMetadata().method().getName()).isEqualTo("create");
    assertThat(sent.requestTemplate().methodMetadata().configKey()).isEqualTo("TestApi#create(Map)");
    assertThat(UnsentRequests.isNonIdempotent(sent)).isTrue();
  }
}
