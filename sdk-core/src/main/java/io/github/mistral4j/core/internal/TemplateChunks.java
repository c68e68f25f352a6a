package io.github.mistral4j.core.internal;

import feign.template.Expressions;
import feign.template.TemplateChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Feign template (a path, a query value, a header value) into literal text and simple
 * {@code {name}} expressions, as Feign's own tokenizer does. Anything richer (an operator, a
 * pattern, a list of names) is refused: a method using it runs on Feign's engine.
 */
final class TemplateChunks {
  /** A {@code {name}} expression. */
  record Var(String name) {}

  private TemplateChunks() {}

  /**
   * The chunks of a template, in order: {@link String} literals and {@link Var}s.
   *
   * @param template the template text
   * @return its chunks
   * @throws PlanCompiler.Unsupported for an expression other than a plain name
   */
  static List<Object> of(String template) {
    List<Object> chunks = new ArrayList<>();
    for (String token : tokens(template)) {
      if (!token.startsWith("{")) {
        chunks.add(token);
        continue;
      }
      TemplateChunk expression;
      try {
        expression = Expressions.create(token);
      } catch (IllegalArgumentException e) {
        throw new PlanCompiler.Unsupported("the expression " + token + " (" + e.getMessage() + ")");
      }
      if (expression == null) {
        chunks.add(token); // Feign takes it for literal text
        continue;
      }
      String name = token.substring(1, token.length() - 1);
      if (!expression.getValue().equals(token) || !isPlainName(name)) {
        throw new PlanCompiler.Unsupported("the expression " + token);
      }
      chunks.add(new Var(name));
    }
    return chunks;
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Feign's {@code Template.ChunkTokenizer}: text between braces (nested ones counted) is one token. */
  private static List<String> tokens(String template) {
    List<String> tokens = new ArrayList<>();
    boolean outside = true;
    int level = 0;
    int last = 0;
    int i;
    for (i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        if (outside) {
          if (last < i) {
            tokens.add(template.substring(last, i));
          }
          last = i;
          outside = false;
        } else {
          level++;
        }
      } else if (c == '}' && !outside) {
        if (level > 0) {
          level--;
        } else {
          if (last < i) {
            tokens.add(template.substring(last, i + 1));
          }
          last = i + 1;
          outside = true;
        }
      }
    }
    if (last < i) {
      tokens.add(template.substring(last, i));
    }
    return tokens;
  }
}
