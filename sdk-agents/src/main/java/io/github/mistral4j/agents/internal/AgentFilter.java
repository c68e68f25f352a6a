package io.github.mistral4j.agents.internal;

import io.github.mistral4j.core.internal.JsonMaps;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.mistral4j.agents.model.RequestSource;
import io.github.mistral4j.core.internal.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filters both agent listings share, as the query string carries them: {@code sources} repeated
 * ({@code sources=api&sources=playground}, form style with explode, as the official SDK sends it)
 * and {@code metadata} as one compact JSON object (the contract declares it {@code content:
 * application/json}); a metadata filter set to an empty map is sent as {@code metadata={}}. An
 * empty {@code sources} list is not sent: form style has no way to write an empty array.
 *
 * @param deploymentChat {@code deployment_chat}, or {@code null}
 * @param sources {@code sources} wire values, or {@code null} for none
 * @param name {@code name}, or {@code null}
 * @param search {@code search}, or {@code null}
 * @param id {@code id}, or {@code null}
 * @param metadataJson {@code metadata} as JSON, or {@code null} for none
 */
public record AgentFilter(
    @Nullable Boolean deploymentChat,
    @Nullable List<String> sources,
    @Nullable String name,
    @Nullable String search,
    @Nullable String id,
    @Nullable String metadataJson) {

  /**
   * Builds the query form of the filters.
   *
   * @param deploymentChat {@code deployment_chat}, or {@code null}
   * @param sources the sources, empty for none
   * @param name {@code name}, or {@code null}
   * @param search {@code search}, or {@code null}
   * @param id {@code id}, or {@code null}
   * @param metadata the metadata filter, or {@code null} for none
   * @return the filter
   */
  public static AgentFilter of(
      @Nullable Boolean deploymentChat,
      List<RequestSource> sources,
      @Nullable String name,
      @Nullable String search,
      @Nullable String id,
      @Nullable Map<String, JsonNode> metadata) {
    return new AgentFilter(
        deploymentChat,
        sources.isEmpty() ? null : sources.stream().map(RequestSource::value).toList(),
        name,
        search,
        id,
        metadata == null ? null : toJson(metadata));
  }

  /**
   * Compact JSON of a metadata filter, e.g. {@code {"team":"search"}}.
   *
   * @param metadata the filter
   * @return the JSON text
   */
  public static String toJson(Map<String, JsonNode> metadata) {
    try {
      return Json.mapper().writeValueAsString(JsonMaps.toObject(metadata));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("metadata cannot be written as JSON", e);
    }
  }
}
