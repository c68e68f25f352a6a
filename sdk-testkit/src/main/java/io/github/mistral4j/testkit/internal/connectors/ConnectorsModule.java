package io.github.mistral4j.testkit.internal.connectors;

import io.github.mistral4j.testkit.ToolHandler;
import io.github.mistral4j.testkit.internal.http.Router;
import java.time.Clock;

/** The beta Connectors API of the stand-in: its state, its tools and its routes. */
public final class ConnectorsModule {
  private final ConnectorsContext ctx;

  /** Creates an empty module whose timestamps come from the clock. */
  public ConnectorsModule(Clock clock) {
    this.ctx = new ConnectorsContext(new ConnectorStore(), new ToolRegistry(), clock);
  }

  /** Adds the 23 connectors operations to a router. */
  public void register(Router router) {
    new ConnectorsResource(ctx).register(router);
    new ConnectorAccessResource(ctx).register(router);
    new CredentialsResource(ctx).register(router);
    new ConnectorAuthResource(ctx).register(router);
    new ConnectorToolsResource(ctx).register(router);
  }

  /** Registers a tool for the connector of this name (now or later). */
  public void registerTool(String connectorName, ToolHandler tool) {
    ctx.tools().register(connectorName, tool, ctx.now());
  }

  /** Removes a tool; whether it was registered. */
  public boolean unregisterTool(String connectorName, String toolName) {
    return ctx.tools().unregister(connectorName, toolName);
  }

  /** Forgets every connector and every tool. */
  public void clear() {
    ctx.store().clear();
    ctx.tools().clear();
  }
}
