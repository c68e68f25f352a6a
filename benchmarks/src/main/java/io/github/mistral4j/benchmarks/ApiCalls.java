package io.github.mistral4j.benchmarks;

import io.github.mistral4j.agents.model.Agent;
import io.github.mistral4j.connectors.mcp.ConnectorToolCallResponse;
import io.github.mistral4j.connectors.mcp.McpTool;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The calls measured, each made by the SDK ({@code _sdk}) and by the raw baseline ({@code _raw})
 * against the same server. Subclasses set the mode and the number of callers. Names sort so that
 * the two sides of a pair run one after the other.
 */
public abstract class ApiCalls {
  /** {@code list_tools}: 50 MCP tools, about 70 KB. */
  @Benchmark
  public List<McpTool> listTools_raw(Clients c) {
    return c.raw.listTools(Fixtures.CONNECTOR);
  }

  /** {@code list_tools}: 50 MCP tools, about 70 KB. */
  @Benchmark
  public List<McpTool> listTools_sdk(Clients c) {
    return c.connectors.tools().list(Fixtures.CONNECTOR).items();
  }

  /** {@code call_tool}: a POST with 5 arguments, a text and structured answer. */
  @Benchmark
  public ConnectorToolCallResponse callTool_raw(Clients c) {
    return c.raw.callTool(Fixtures.CONNECTOR, Fixtures.TOOL, c.arguments);
  }

  /** {@code call_tool}: a POST with 5 arguments, a text and structured answer. */
  @Benchmark
  public ConnectorToolCallResponse callTool_sdk(Clients c) {
    return c.connectors.tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, c.arguments);
  }

  /** {@code list connectors}: a page of 20. */
  @Benchmark
  public PaginatedConnectors listConnectors_raw(Clients c) {
    return c.raw.listConnectors();
  }

  /** {@code list connectors}: a page of 20. */
  @Benchmark
  public PaginatedConnectors listConnectors_sdk(Clients c) {
    return c.connectors.list().response(PaginatedConnectors.class);
  }

  /** {@code create agent}: a POST of an agent with 4 tools. */
  @Benchmark
  public Agent createAgent_raw(Clients c) {
    return c.raw.createAgent(c.agentRequest);
  }

  /** {@code create agent}: a POST of an agent with 4 tools. */
  @Benchmark
  public Agent createAgent_sdk(Clients c) {
    return c.agents.create(c.agentRequest);
  }
}
