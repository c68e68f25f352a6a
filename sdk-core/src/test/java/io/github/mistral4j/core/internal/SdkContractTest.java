package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.MethodMetadata;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdkContractTest {
  interface Api {
    @RequestLine("GET /v1/things/{id}/tools/{tool}?page={page}")
    String plain(@Param("id") String id, @Param("tool") String tool, @Param("page") Integer page);

    @RequestLine(value = "GET /v1/things/{id}", decodeSlash = true)
    String decodeSlashAsked(@Param("id") String id);

    @RequestLine("GET /v1/things/{id}?q={q}")
    String ownExpanders(@Param(value = "id", expander = Upper.class) String id, @Param(value = "q", expander = Upper.class) String q);

    @RequestLine("GET /v1/things/{id}?id={id}")
    String pathAndQuery(@Param("id") String id);
  }

  /** An expander of a method's own. */
  public static final class Upper implements Param.Expander {
    @Override
    public String expand(Object value) {
      return String.valueOf(value).toUpperCase(java.util.Locale.ROOT);
    }
  }

  private static MethodMetadata metadata(String method) {
    List<MethodMetadata> all = new SdkContract().parseAndValidateMetadata(Api.class);
    return all.stream().filter(m -> m.method().getName().equals(method)).findFirst().orElseThrow();
  }

  @Test
  void pathParameters_getTheSegmentExpander_queryParameters_theQueryValueExpander() {
    Map<Integer, Param.Expander> expanders = metadata("plain").indexToExpander();
    assertThat(expanders.get(0)).isInstanceOf(PathParams.SegmentExpander.class);
    assertThat(expanders.get(1)).isInstanceOf(PathParams.SegmentExpander.class);
    assertThat(expanders.get(2)).isInstanceOf(SdkContract.QueryValueExpander.class);
    assertThat(expanders.get(1).expand("a/../b")).isEqualTo("a%2F..%2Fb");
  }

  @Test
  void slashesAreNeverDecoded_evenWhenTheRequestLineAsks() {
    assertThat(metadata("plain").template().decodeSlash()).isFalse();
    assertThat(metadata("decodeSlashAsked").template().decodeSlash()).isFalse();
  }

  @Test
  void anExpanderOfTheMethodsOwn_isKept() {
    Map<Integer, Param.Expander> expanders = metadata("ownExpanders").indexToExpander();
    assertThat(expanders.get(0)).isInstanceOf(Upper.class);
    assertThat(expanders.get(1)).isInstanceOf(Upper.class);
  }

  @Test
  void aParameterInThePathAndTheQuery_getsThePathsExpander() {
    assertThat(metadata("pathAndQuery").indexToExpander().get(0)).isInstanceOf(PathParams.SegmentExpander.class);
  }
}
