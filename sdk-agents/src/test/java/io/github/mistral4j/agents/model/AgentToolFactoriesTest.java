package io.github.mistral4j.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link AgentTool} factories: the variants they build and the arguments they refuse. */
class AgentToolFactoriesTest {
  @Test
  void toolFactories_nameTheMissingArgument() {
    assertThatThrownBy(() -> AgentTool.function(null, "d", Map.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> AgentTool.function("f", null, Map.of())).hasMessage("description");
    assertThatThrownBy(() -> AgentTool.function("f", "d", null)).hasMessage("parameters");
    assertThatThrownBy(() -> AgentTool.documentLibrary((String[]) null)).hasMessage("libraryIds");
    assertThatThrownBy(() -> AgentTool.documentLibrary((List<String>) null)).hasMessage("libraryIds");
    assertThatThrownBy(() -> AgentTool.documentLibrary(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("libraryIds must contain at least one library id");
    assertThatThrownBy(() -> AgentTool.connector("c", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("authorization");
    assertThatThrownBy(() -> AgentTool.connector(null)).hasMessage("connectorId");
  }

  @Test
  void toolFactories_buildTheVariants() {
    FunctionDefinition definition = FunctionDefinition.builder().name("f").parameters(Map.of()).build();

    assertThat(AgentTool.function(definition).function()).isEqualTo(definition);
    assertThat(AgentTool.function("f", "d", Map.of("type", "object")).function().parameters())
        .containsOnlyKeys("type");
    assertThat(AgentTool.documentLibrary("l1", "l2").libraryIds()).containsExactly("l1", "l2");
    assertThat(AgentTool.documentLibrary(List.of("l1")).libraryIds()).containsExactly("l1");
    assertThat(AgentTool.connector("c", ConnectorAuthorization.apiKey("k")).authorization())
        .isEqualTo(ConnectorAuthorization.apiKey("k"));
    assertThat(AgentTool.connector("c").authorization()).isNull();
  }
}
