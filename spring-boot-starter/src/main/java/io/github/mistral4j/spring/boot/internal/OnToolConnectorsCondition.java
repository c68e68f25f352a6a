package io.github.mistral4j.spring.boot.internal;

import io.github.mistral4j.spring.boot.ToolConnector;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code mistral.tools.connectors} names at least one connector. */
public final class OnToolConnectorsCondition extends SpringBootCondition {
  /** Creates the condition. */
  public OnToolConnectorsCondition() {}

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    List<ToolConnector> connectors = Binder.get(context.getEnvironment())
        .bind("mistral.tools.connectors", Bindable.listOf(ToolConnector.class))
        .orElse(List.of());
    return connectors.isEmpty()
        ? ConditionOutcome.noMatch("mistral.tools.connectors is not set")
        : ConditionOutcome.match("mistral.tools.connectors names " + connectors.size() + " connector(s)");
  }
}
