package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pydantic model: declared fields (required, or optional with a default), and a policy for undeclared
 * members. The normalised value lists every declared field in order, filling absent ones with their default
 * (or null), unless the spec is partial (PATCH bodies keep only what was sent).
 *
 * <p>Declared once (fields added while the spec is built, which allows recursive models), then read-only.
 */
public final class ObjectSpec implements Spec {
  private enum Extra {
    IGNORE,
    FORBID,
    ALLOW
  }

  private record Field(
      String name, Spec spec, boolean required, @Nullable JsonNode defaultValue) {}

  private final String name;
  private final List<Field> fields = new ArrayList<>();
  private Extra extra = Extra.IGNORE;
  private boolean partial;

  ObjectSpec(String name) {
    this.name = name;
  }

  /** Declares a required field. */
  public ObjectSpec required(String field, Spec spec) {
    fields.add(new Field(field, spec, true, null));
    return this;
  }

  /** Declares an optional field whose default is null. */
  public ObjectSpec optional(String field, Spec spec) {
    fields.add(new Field(field, spec, false, null));
    return this;
  }

  /** Declares an optional field with a default value. */
  public ObjectSpec optional(String field, Spec spec, JsonNode defaultValue) {
    fields.add(new Field(field, spec, false, defaultValue));
    return this;
  }

  /** Rejects undeclared members ({@code additionalProperties: false}). */
  public ObjectSpec forbidExtra() {
    extra = Extra.FORBID;
    return this;
  }

  /** Keeps undeclared members unchecked ({@code additionalProperties: true}). */
  public ObjectSpec allowExtra() {
    extra = Extra.ALLOW;
    return this;
  }

  /** Keeps absent fields absent in the normalised value (for PATCH bodies). */
  public ObjectSpec partial() {
    partial = true;
    return this;
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isObject()) {
      if (loc.isRoot()) {
        return issues.reject(Problem.MODEL_ATTRIBUTES_TYPE, loc, input);
      }
      return issues.reject(
          "model_type",
          loc,
          "Input should be a valid dictionary or instance of " + name,
          input,
          Ctx.of("class_name", name));
    }
    int before = issues.size();
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Field f : fields) {
      JsonNode value = input.get(f.name());
      if (value != null) {
        JsonNode checked = f.spec().check(value, loc.child(f.name()), issues);
        if (checked != null) {
          out.set(f.name(), checked);
        }
      } else if (f.required()) {
        issues.add(Problem.MISSING, loc.child(f.name()), input);
      } else if (!partial) {
        out.set(f.name(), defaultOf(f, loc));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> members = input.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> m = members.next();
      if (declared(m.getKey())) {
        continue;
      }
      if (extra == Extra.FORBID) {
        issues.add(
            "extra_forbidden",
            loc.child(m.getKey()),
            "Extra inputs are not permitted",
            m.getValue());
      } else if (extra == Extra.ALLOW) {
        out.set(m.getKey(), m.getValue().deepCopy());
      }
    }
    return issues.size() > before ? null : out;
  }

  /** A field's default, normalised by its spec (so a default model gets its own defaults), or null. */
  private static JsonNode defaultOf(Field f, Loc loc) {
    JsonNode def = f.defaultValue();
    if (def == null) {
      return NullNode.getInstance();
    }
    JsonNode normalised = f.spec().check(def.deepCopy(), loc.child(f.name()), new Issues());
    return normalised == null ? def.deepCopy() : normalised;
  }

  private boolean declared(String member) {
    for (Field f : fields) {
      if (f.name().equals(member)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String label() {
    return name;
  }
}
