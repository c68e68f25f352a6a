package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plain union: the first branch that accepts the value wins; when none does, every branch's problems are
 * reported under a location suffixed with the branch's label, as pydantic does.
 *
 * @param branches the specs tried, in order
 */
record AnyOfSpec(List<Spec> branches) implements Spec {

  AnyOfSpec {
    branches = List.copyOf(branches);
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    Issues all = new Issues();
    for (Spec branch : branches) {
      Issues scratch = new Issues();
      JsonNode value = branch.check(input, loc.child(branch.label()), scratch);
      if (value != null && scratch.isEmpty()) {
        return value;
      }
      all.addAll(scratch);
    }
    issues.addAll(all);
    return null;
  }
}
