package io.github.mistral4j.benchmarks.paired;

import io.github.mistral4j.benchmarks.Clients;
import io.github.mistral4j.benchmarks.Fixtures;
import io.github.mistral4j.connectors.model.PaginatedConnectors;
import java.util.List;

/**
 * One measured call, as the SDK and as the raw baselines make it (the calls of the JMH benchmarks).
 *
 * @param id short name used in the results, as in the JMH benchmark names
 * @param sentWithExpect whether the SDK sends it with {@code Expect: 100-continue} (a non-idempotent
 *     POST with a body); only then does the raw baseline on the SDK's wire differ from the plain one
 * @param sdk the call through the SDK
 * @param raw the same call through the raw client
 * @param rawOnSdkExecutor the same call through the raw client on an executor like the SDK's
 * @param rawSameWire the same call through the raw client sending the SDK's wire
 */
public record Operation(
    String id, boolean sentWithExpect, Runnable sdk, Runnable raw, Runnable rawOnSdkExecutor, Runnable rawSameWire) {
  /**
   * {@return the call made by one side}
   *
   * @param side the side
   */
  public Runnable call(Side side) {
    return switch (side) {
      case SDK -> sdk;
      case RAW -> raw;
      case RAW_SDK_EXECUTOR -> rawOnSdkExecutor;
      case RAW_SAME_WIRE -> rawSameWire;
    };
  }

  /**
   * {@return the sides whose latency is measured: the SDK and the first two raw baselines, and the
   * raw baseline on the SDK's wire when that wire differs from the plain raw one}
   */
  public List<Side> latencySides() {
    return sentWithExpect
        ? List.of(Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR, Side.RAW_SAME_WIRE)
        : List.of(Side.SDK, Side.RAW, Side.RAW_SDK_EXECUTOR);
  }

  /**
   * The four operations, on clients already set up and checked to decode equal answers.
   *
   * @param c the clients
   * @return list_tools, call_tool, list connectors, create agent
   */
  public static List<Operation> all(Clients c) {
    return List.of(
        new Operation("listTools", false,
            () -> c.connectors().tools().list(Fixtures.CONNECTOR).items(),
            () -> c.raw().listTools(Fixtures.CONNECTOR),
            () -> c.rawOnSdkExecutor().listTools(Fixtures.CONNECTOR),
            () -> c.rawSameWire().listTools(Fixtures.CONNECTOR)),
        new Operation("callTool", true,
            () -> c.connectors().tools().call(Fixtures.CONNECTOR, Fixtures.TOOL, c.arguments()),
            () -> c.raw().callTool(Fixtures.CONNECTOR, Fixtures.TOOL, c.arguments()),
            () -> c.rawOnSdkExecutor().callTool(Fixtures.CONNECTOR, Fixtures.TOOL, c.arguments()),
            () -> c.rawSameWire().callTool(Fixtures.CONNECTOR, Fixtures.TOOL, c.arguments())),
        new Operation("listConnectors", false,
            () -> c.connectors().list().response(PaginatedConnectors.class),
            () -> c.raw().listConnectors(),
            () -> c.rawOnSdkExecutor().listConnectors(),
            () -> c.rawSameWire().listConnectors()),
        new Operation("createAgent", true,
            () -> c.agents().create(c.agentRequest()),
            () -> c.raw().createAgent(c.agentRequest()),
            () -> c.rawOnSdkExecutor().createAgent(c.agentRequest()),
            () -> c.rawSameWire().createAgent(c.agentRequest())));
  }

  /**
   * Finds an operation by its id.
   *
   * @param operations where to look
   * @param id the id, for example {@code createAgent}
   * @return the operation
   * @throws IllegalArgumentException when there is none
   */
  public static Operation named(List<Operation> operations, String id) {
    for (Operation op : operations) {
      if (op.id().equals(id)) {
        return op;
      }
    }
    throw new IllegalArgumentException("unknown operation '" + id + "'");
  }
}
