package io.github.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.langchain4j.ConnectorSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorSourcesTest {
  private static final ConnectorSource GITHUB = ConnectorSource.builder("github").credentialsName("work").prefix("gh_").build();
  private static final ConnectorSource WEATHER = ConnectorSource.of("weather");

  @Test
  void twin_carriesTheConnectorCredentialsAndPrefix() {
    io.github.mistral4j.tools.ConnectorSource twin = GITHUB.toolsSource();
    assertThat(twin.idOrName()).isEqualTo("github");
    assertThat(twin.credentialsName()).isEqualTo("work");
    assertThat(twin.prefix()).isEqualTo("gh_");
    assertThat(WEATHER.toolsSource()).isEqualTo(io.github.mistral4j.tools.ConnectorSource.of("weather"));
  }

  @Test
  void configured_isTheInstanceAdded_forItsTwin() {
    ConnectorSources sources = new ConnectorSources();
    io.github.mistral4j.tools.ConnectorSource twin = sources.add(GITHUB);
    sources.add(WEATHER);
    assertThat(sources.configured(twin)).isSameAs(GITHUB);
    assertThat(sources.configured(io.github.mistral4j.tools.ConnectorSource.of("weather"))).isSameAs(WEATHER);
    assertThat(sources.list()).containsExactly(GITHUB, WEATHER);
  }

  @Test
  void theSameSourceTwice_isRejected_butTheSameConnectorWithOtherCredentialsIsNot() {
    ConnectorSources sources = new ConnectorSources();
    sources.add(WEATHER);
    assertThatThrownBy(() -> sources.add(ConnectorSource.of("weather")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connector " + WEATHER + " is added twice");
    sources.add(WEATHER.toBuilder().credentialsName("other").build());
    assertThat(sources.list()).hasSize(2);
  }

  @Test
  void unknownTwin_isAnError() {
    ConnectorSources sources = new ConnectorSources();
    assertThat(sources.list()).isEmpty();
    assertThatThrownBy(() -> sources.configured(io.github.mistral4j.tools.ConnectorSource.of("weather")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("weather");
  }

  @Test
  void list_isASnapshot() {
    ConnectorSources sources = new ConnectorSources();
    sources.add(WEATHER);
    List<ConnectorSource> before = sources.list();
    sources.add(GITHUB);
    assertThat(before).containsExactly(WEATHER);
  }

  @Test
  void filterAndMapper_seeTheConfiguredSource() {
    ConnectorSources sources = new ConnectorSources();
    io.github.mistral4j.tools.ConnectorSource twin = sources.add(GITHUB);
    List<ConnectorSource> seen = new ArrayList<>();
    assertThat(sources.<String>filter((source, tool) -> seen.add(source) && tool.equals("search")).test(twin, "search")).isTrue();
    assertThat(sources.<String>filter((source, tool) -> tool.equals("search")).test(twin, "delete")).isFalse();
    assertThat(sources.<String>mapper((source, tool) -> source.prefix() + tool).apply(twin, "search")).isEqualTo("gh_search");
    assertThat(sources.<String>mapper((source, tool) -> null).apply(twin, "search")).isNull();
    assertThat(seen).singleElement().isSameAs(GITHUB);
  }
}
