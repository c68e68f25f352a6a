package io.github.mistral4j.tools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.tools.ToolNameCollisionException;
import io.github.mistral4j.tools.internal.ToolNamer.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolNamerTest {

  @Test
  void sanitize_keepsValidNamesUnchanged() {
    assertThat(ToolNamer.sanitize("get_weather-v2")).isEqualTo("get_weather-v2");
  }

  @Test
  void sanitize_replacesEveryCharacterOutsideThePattern() {
    assertThat(ToolNamer.sanitize("drive.search/files v2:é")).isEqualTo("drive_search_files_v2__");
  }

  @Test
  void sanitize_givesEmptyNamesAName() {
    assertThat(ToolNamer.sanitize("")).isEqualTo("tool");
  }

  @Test
  void sanitize_shortensLongNamesToSixtyFourWithAStableHashSuffix() {
    String longName = "a_really_long_tool_name_that_some_mcp_server_generated_from_an_openapi_operation_id";

    String name = ToolNamer.sanitize(longName);

    assertThat(name).hasSize(64).matches(ToolNamer.VALID).startsWith(longName.substring(0, 55) + "_");
    assertThat(name.substring(56)).matches("[0-9a-f]{8}");
    assertThat(ToolNamer.sanitize(longName)).isEqualTo(name);
    assertThat(ToolNamer.sanitize(longName + "x")).isNotEqualTo(name).startsWith(longName.substring(0, 55));
  }

  @Test
  void sanitize_resultAlwaysMatchesThePattern() {
    for (String s : List.of("x", "é", "a b c", "../..", "%2F", "a".repeat(65), "名前", "tool\n")) {
      assertThat(ToolNamer.sanitize(s)).as(s).matches(ToolNamer.VALID);
    }
  }

  @Test
  void assign_mapsEachFinalNameBackToItsConnectorAndOriginalTool() {
    Candidate forecast = new Candidate("weather", "forecast", "forecast", false);
    Candidate search = new Candidate("github", "search.code", "search.code", false);

    Map<String, Candidate> names = ToolNamer.assign(List.of(forecast, search));

    assertThat(names).containsExactly(Map.entry("forecast", forecast), Map.entry("search_code", search));
  }

  @Test
  void assign_suffixesNamesThatOnlyCollideAfterSanitising() {
    Candidate dotted = new Candidate("fs", "a.b", "a.b", false);
    Candidate plain = new Candidate("fs", "a_b", "a_b", false);
    Candidate slashed = new Candidate("fs", "a/b", "a/b", false);

    Map<String, Candidate> names = ToolNamer.assign(List.of(dotted, plain, slashed));

    assertThat(names).hasSize(3).containsEntry("a_b", plain);
    assertThat(names.keySet()).allMatch(n -> ToolNamer.VALID.matcher(n).matches());
    String dottedName = ToolNamer.withSuffix("a_b", "a.b");
    String slashedName = ToolNamer.withSuffix("a_b", "a/b");
    assertThat(dottedName).isNotEqualTo(slashedName).matches("a_b_[0-9a-f]{8}");
    assertThat(names).containsEntry(dottedName, dotted).containsEntry(slashedName, slashed);
  }

  @Test
  void assign_isStableWhateverTheOrder() {
    Candidate dotted = new Candidate("fs", "a.b", "a.b", false);
    Candidate plain = new Candidate("fs", "a_b", "a_b", false);

    assertThat(ToolNamer.assign(List.of(dotted, plain)).keySet())
        .containsExactlyInAnyOrderElementsOf(ToolNamer.assign(List.of(plain, dotted)).keySet());
  }

  @Test
  void assign_failsWhenTwoConnectorsExposeTheSameToolNameWithoutPrefix() {
    Candidate github = new Candidate("github", "search", "search", false);
    Candidate gitlab = new Candidate("gitlab", "search", "search", false);

    assertThatThrownBy(() -> ToolNamer.assign(List.of(github, gitlab)))
        .isInstanceOf(ToolNameCollisionException.class)
        .hasMessageContaining("Two connectors expose a tool named 'search'")
        .hasMessageContaining("'search' of connector 'github' and 'search' of connector 'gitlab'")
        .hasMessageContaining("prefix(\"gitlab_\")")
        .hasMessageContaining("toolNameMapper");
  }

  @Test
  void assign_acceptsTheSameToolNameOnceConnectorsArePrefixed() {
    Candidate github = new Candidate("github", "search", "github_search", true);
    Candidate gitlab = new Candidate("gitlab", "search", "gitlab_search", true);

    assertThat(ToolNamer.assign(List.of(github, gitlab))).containsOnlyKeys("github_search", "gitlab_search");
  }

  @Test
  void assign_failsWhenAMapperMapsTwoToolsToOneName() {
    Candidate a = new Candidate("github", "search", "search", true);
    Candidate b = new Candidate("gitlab", "search", "search", true);

    assertThatThrownBy(() -> ToolNamer.assign(List.of(a, b)))
        .isInstanceOf(ToolNameCollisionException.class)
        .hasMessageContaining("Two tools would be offered to the model as 'search'")
        .hasMessageContaining("Make the prefixes or the toolNameMapper produce distinct names");
  }
}
