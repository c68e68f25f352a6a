package io.github.mistral4j.connectors.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.connectors.internal.ConfirmationRuleDeserializer;
import java.util.List;

/**
 * Which tool calls need (or skip) the user's confirmation, in a {@link
 * ToolExecutionConfiguration}: a list of tool names ({@link ToolNameList}), tool properties
 * ({@link ToolProperties}), an {@code and}/{@code or} of rules ({@link LogicalExpression}), or
 * {@link UnknownConfirmationRule} for any other shape (kept as received). The contract has no
 * discriminator, so rules are told apart by shape.
 */
@JsonDeserialize(using = ConfirmationRuleDeserializer.class)
public sealed interface ConfirmationRule
    permits ToolNameList, ToolProperties, LogicalExpression, UnknownConfirmationRule {

  /**
   * A rule matching tools by name.
   *
   * @param names the tool names
   * @return the rule
   */
  static ToolNameList toolNames(List<String> names) {
    return ToolNameList.of(names);
  }
}
