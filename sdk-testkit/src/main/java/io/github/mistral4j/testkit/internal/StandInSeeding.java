package io.github.mistral4j.testkit.internal;

import io.github.mistral4j.testkit.internal.http.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Brings a stand-in to its initial state: starts its server and applies the tools and seeds of its
 * options, as at start and on every reset. Seeds go through the same operations as HTTP requests
 * (same validation), in process.
 */
public final class StandInSeeding {
  private StandInSeeding() {}

  /**
   * Starts a stand-in and applies its tools and seeds; stops it again if a seed is rejected.
   *
   * @param options the stand-in's options
   * @return the running stand-in
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalArgumentException if a seed is rejected
   */
  public static StandInApi start(StandInOptions options) {
    StandInApi api;
    try {
      api = StandInApi.start(options.port(), options.apiKey(), options.clock());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the stand-in on port " + options.port(), e);
    }
    try {
      apply(api, options);
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
    return api;
  }

  /**
   * Registers the tools and creates the seeded connectors, then agents, of the options.
   *
   * @param api the running stand-in
   * @param options its options
   * @throws IllegalArgumentException if a seed is rejected
   */
  public static void apply(StandInApi api, StandInOptions options) {
    options.tools().forEach((connector, tools) -> tools.forEach(t -> api.registerTool(connector, t)));
    options.connectorSeeds().forEach(json -> seed(api, "/v1/connectors", json));
    options.agentSeeds().forEach(json -> seed(api, "/v1/agents", json));
  }

  /**
   * Creates a resource as {@code POST path} would, without HTTP.
   *
   * @param api the running stand-in
   * @param path the collection's path, such as {@code /v1/connectors}
   * @param json the create request as JSON
   * @return the new resource's id
   * @throws IllegalArgumentException if the request is rejected (the message holds the API's answer)
   */
  public static String seed(StandInApi api, String path, String json) {
    Objects.requireNonNull(json, "json");
    ApiResponse r = api.call("POST", path, json);
    if (r.status() >= 400 || r.body() == null) {
      throw new IllegalArgumentException(
          "Seeding " + path + " was rejected with " + r.status() + ": " + r.body());
    }
    return r.body().path("id").asText();
  }
}
