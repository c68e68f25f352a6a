package io.github.mistral4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** The Java code behind a stand-in connector tool: from the call's arguments to its result. */
@FunctionalInterface
public interface ToolFunction {

  /**
   * Runs the tool.
   *
   * @param arguments the {@code arguments} object of the call (an empty object when none were sent)
   * @return the result; {@link ToolResult#error(String)} reports a tool-level error (HTTP 200, {@code isError})
   * @throws ToolException to answer the HTTP call with an error status of your choice
   * @throws Exception any other failure, answered with HTTP 500
   */
  ToolResult call(JsonNode arguments) throws Exception;
}
