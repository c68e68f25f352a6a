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
  @RequestLine(value = "GET /v1/things/{id}?page={page}", decodeSlash = false)
  Thing get(@Param(value = "id", expander = PathParams.SegmentExpander.class) String id, @Param("page") @Nullable Integer page);

  @RequestLine(value = "GET /v1/things/{id}/tools/{tool}", decodeSlash = false)
  JsonNode tool(
      @Param(value = "id", expander = PathParams.SegmentExpander.class) String id,
      @Param(value = "tool", expander = PathParams.SegmentExpander.class) String tool);

  @RequestLine(value = "GET /v1/things", decodeSlash = false)
  List<Thing> list();

  @OperationId("thing_search_v1")
  @RequestLine(value = "GET /v1/things?search={search}&cursor={cursor}", decodeSlash = false)
  List<Thing> search(@Param("search") @Nullable String search, @Param("cursor") @Nullable String cursor);

  @NonIdempotent
  @OperationId("thing_create_v1")
  @RequestLine(value = "POST /v1/things", decodeSlash = false)
  Thing create(Map<String, Object> body);

  @RequestLine(value = "PUT /v1/things/{id}", decodeSlash = false)
  Thing put(@Param(value = "id", expander = PathParams.SegmentExpander.class) String id, Map<String, Object> body);

  @RequestLine(value = "DELETE /v1/things/{id}", decodeSlash = false)
  void delete(@Param(value = "id", expander = PathParams.SegmentExpander.class) String id);

  /** A decoded response. */
  record Thing(String id, @Nullable String name) {}
}
