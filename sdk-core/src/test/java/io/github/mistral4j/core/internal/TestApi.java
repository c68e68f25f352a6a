package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A small Feign interface shaped like the API modules' ones, for transport tests. */
interface TestApi {
  @OperationId("thing_get_v1")
  @RequestLine("GET /v1/things/{id}?page={page}")
  Thing get(@Param("id") String id, @Param("page") @Nullable Integer page);

  @RequestLine("GET /v1/things/{id}/tools/{tool}")
  JsonNode tool(@Param("id") String id, @Param("tool") String tool);

  @RequestLine("GET /v1/things")
  List<Thing> list();

  @OperationId("thing_search_v1")
  @RequestLine("GET /v1/things?search={search}&cursor={cursor}")
  List<Thing> search(@Param("search") @Nullable String search, @Param("cursor") @Nullable String cursor);

  @NonIdempotent
  @OperationId("thing_create_v1")
  @RequestLine("POST /v1/things")
  Thing create(Map<String, Object> body);

  @RequestLine("PUT /v1/things/{id}")
  Thing put(@Param("id") String id, Map<String, Object> body);

  @RequestLine("DELETE /v1/things/{id}")
  void delete(@Param("id") String id);

  /** A decoded response. */
  record Thing(String id, @Nullable String name) {}
}
