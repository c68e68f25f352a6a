package io.github.mistral4j.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import java.util.List;

/** The checks a builder setter runs on a value: the contract's limits and the overlay's rules. */
final class SetterChecks {
  private SetterChecks() {}

  /** The property's checks on a value known not to be null. */
  static CodeBlock checked(Property p, String value) {
    return checked(p.checks(), value);
  }

  /** Checks on a value known not to be null. */
  static CodeBlock checked(List<String> checks, String value) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (String check : checks) {
      if (check.startsWith("Checks.")) {
        code.addStatement("$T.$L", ModelTypes.CHECKS, check.substring("Checks.".length()).replace("$V", value));
      } else {
        code.addStatement("$L", check.replace("$V", value));
      }
    }
    return code.build();
  }

  /** Adds the property's checks to a plain setter, skipped when the value is null. */
  static void add(MethodSpec.Builder m, Property p, String value, boolean mayBeNull) {
    add(m, p.checks(), value, mayBeNull);
  }

  /** Adds checks on a setter's parameter, skipped when it may be null and is. */
  static void add(MethodSpec.Builder m, List<String> checks, String value, boolean mayBeNull) {
    if (checks.isEmpty()) {
      return;
    }
    if (mayBeNull) {
      m.beginControlFlow("if ($N != null)", value).addCode(checked(checks, value)).endControlFlow();
    } else {
      m.addCode(checked(checks, value));
    }
  }

  /**
   * The property's checks on a value, run when a condition on the parameter named after the
   * property holds; empty when it has none.
   */
  static CodeBlock checkedIf(Property p, String condition, String value) {
    if (p.checks().isEmpty()) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder().beginControlFlow(condition, p.name()).add(checked(p, value)).endControlFlow().build();
  }
}
