package io.github.mistral4j.testkit.internal.agents;

import io.github.mistral4j.testkit.internal.http.Router;
import java.time.Clock;

/** The beta Agents API of the stand-in: its state and its routes. */
public final class AgentsModule {
  private final AgentsContext ctx;

  /** Creates an empty module whose timestamps come from the clock. */
  public AgentsModule(Clock clock) {
    this.ctx = new AgentsContext(new AgentStore(), clock);
  }

  /** Adds the 12 agents operations to a router. */
  public void register(Router router) {
    new AgentsResource(ctx).register(router);
    new AgentVersionsResource(ctx).register(router);
    new AgentAliasesResource(ctx).register(router);
  }

  /** Forgets every agent. */
  public void clear() {
    ctx.store().clear();
  }
}
