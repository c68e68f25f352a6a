package io.github.mistral4j.testkit.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A discriminated union: the member named by the discriminator picks the variant.
 *
 * @param discriminator the member holding the tag
 * @param variants the spec of each tag, in the order messages list the tags
 */
record TaggedUnionSpec(String discriminator, Map<String, Spec> variants) implements Spec {

  TaggedUnionSpec {
    variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
  }

  @Override
  public @Nullable JsonNode check(JsonNode input, Loc loc, Issues issues) {
    if (!input.isObject()) {
      return issues.reject(Problem.MODEL_ATTRIBUTES_TYPE, loc, input);
    }
    JsonNode tag = input.get(discriminator);
    String quoted = "'" + discriminator + "'";
    if (tag == null) {
      return issues.reject(
          "union_tag_not_found",
          loc,
          "Unable to extract tag using discriminator " + quoted,
          input,
          Ctx.of("discriminator", quoted));
    }
    Spec variant = tag.isTextual() ? variants.get(tag.textValue()) : null;
    if (variant == null) {
      String expected = Ctx.tags(new ArrayList<>(variants.keySet()));
      String tagText = tag.isTextual() ? tag.textValue() : tag.toString();
      return issues.reject(
          "union_tag_invalid",
          loc,
          "Input tag '" + tagText + "' found using " + quoted
              + " does not match any of the expected tags: " + expected,
          input,
          JsonNodeFactory.instance
              .objectNode()
              .put("discriminator", quoted)
              .put("tag", tagText)
              .put("expected_tags", expected));
    }
    return variant.check(input, loc.child(tag.textValue()), issues);
  }
}
