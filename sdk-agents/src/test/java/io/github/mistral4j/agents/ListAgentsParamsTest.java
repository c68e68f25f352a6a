package io.github.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.agents.model.RequestSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent listings' parameters as values: lists, metadata filters, copies, equality, text and checks. */
class ListAgentsParamsTest {
  @Test
  void noneSetsNothing() {
    assertThat(ListAgentsParams.none()).isSameAs(ListAgentsParams.none()).isEqualTo(ListAgentsParams.builder().build());
    assertThat(ListAgentsParams.none()).hasToString("ListAgentsParams{page=null, pageSize=null, deploymentChat=null, "
        + "name=null, search=null, id=null, sources=[], metadata=null}");
    assertThat(ListAgentsPageParams.none()).hasToString("ListAgentsPageParams{pageSize=null, deploymentChat=null, "
        + "name=null, search=null, id=null, pageToken=null, sources=[], metadata=null}");
    assertThat(ListAgentsPageParams.none().sources()).isEmpty();
    assertThat(ListAgentsPageParams.none().metadata()).isNull();
  }

  @Test
  void everyValueIsKept_copied_andCompared() {
    ListAgentsParams params = ListAgentsParams.builder().page(1).pageSize(2).deploymentChat(true).name("n")
        .search("s").id("i").addSource(RequestSource.API).putMetadata("team", "search").build();
    assertThat(params).hasToString("ListAgentsParams{page=1, pageSize=2, deploymentChat=true, name=n, search=s, "
        + "id=i, sources=[api], metadata={team=\"search\"}}");
    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    assertThat(params.toBuilder().name(null).build()).isNotEqualTo(params);

    ListAgentsPageParams pages = ListAgentsPageParams.builder().pageSize(3).pageToken("t")
        .sources(List.of(RequestSource.PLAYGROUND)).metadata(Map.of("n", 1)).build();
    assertThat(pages).hasToString("ListAgentsPageParams{pageSize=3, deploymentChat=null, name=null, search=null, "
        + "id=null, pageToken=t, sources=[playground], metadata={n=1}}");
    assertThat(pages.toBuilder().build()).isEqualTo(pages).hasSameHashCodeAs(pages);
    assertThat(pages.toBuilder().pageToken(null).build().pageToken()).isNull();
  }

  @Test
  void sourcesAreAReadOnlyCopy_replacedBySourcesAndAddedToByAddSource() {
    List<RequestSource> given = new java.util.ArrayList<>(List.of(RequestSource.API));
    ListAgentsParams.Builder builder = ListAgentsParams.builder().addSource(RequestSource.PLAYGROUND).sources(given);
    ListAgentsParams params = builder.build();
    given.add(RequestSource.PLAYGROUND);
    assertThat(params.sources()).containsExactly(RequestSource.API);
    assertThatThrownBy(() -> params.sources().add(RequestSource.API)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(builder.addSource(RequestSource.PLAYGROUND).build().sources())
        .containsExactly(RequestSource.API, RequestSource.PLAYGROUND);
    assertThat(params.sources()).containsExactly(RequestSource.API);
    assertThat(params.toBuilder().sources(List.of()).build().sources()).isEmpty();

    assertThatThrownBy(() -> ListAgentsParams.builder().sources(null))
        .isInstanceOf(NullPointerException.class).hasMessage("sources");
    assertThatThrownBy(() -> ListAgentsPageParams.builder().addSource(null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> ListAgentsPageParams.builder().sources(Arrays.asList(RequestSource.API, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
  }

  @Test
  void theMetadataFilterIsUnsetSetEmptyOrSet_andReadOnly() {
    assertThat(ListAgentsParams.builder().metadata(Map.of()).build().metadata()).isEmpty();
    assertThat(ListAgentsParams.builder().putMetadata("a", 1).metadata(null).build().metadata()).isNull();
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("a", List.of(1, 2));
    given.put("b", null);
    ListAgentsPageParams params = ListAgentsPageParams.builder().metadata(given).build();
    given.put("c", true);
    assertThat(params.metadata()).containsOnlyKeys("a", "b");
    assertThat(params.metadata().get("a").toString()).isEqualTo("[1,2]");
    assertThat(params.metadata().get("b").isNull()).isTrue();
    assertThatThrownBy(() -> params.metadata().clear()).isInstanceOf(UnsupportedOperationException.class);
    ListAgentsPageParams more = params.toBuilder().putMetadata("c", "x").build();
    assertThat(more.metadata()).containsOnlyKeys("a", "b", "c");
    assertThat(params.metadata()).containsOnlyKeys("a", "b");
    assertThatThrownBy(() -> ListAgentsPageParams.builder().putMetadata(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("key");
  }

  @Test
  void settersCheckTheLimits_andKeepTheLastGoodValue() {
    ListAgentsParams.Builder builder = ListAgentsParams.builder().page(3);
    assertThatThrownBy(() -> builder.page(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("page must be between 0 and 2147483647, got -1");
    assertThat(builder.build().page()).isEqualTo(3);
    assertThat(builder.page(0).build().page()).isZero();
    assertThatThrownBy(() -> ListAgentsParams.builder().pageSize(0))
        .hasMessage("page_size must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> ListAgentsPageParams.builder().pageSize(1001))
        .hasMessage("page_size must be between 1 and 1000, got 1001");
    ListAgentsPageParams.Builder pages = ListAgentsPageParams.builder().pageToken("t");
    assertThatThrownBy(() -> pages.pageToken(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("page_token must not be empty");
    assertThat(pages.build().pageToken()).isEqualTo("t");
  }
}
