package io.github.mistral4j.testkit.internal.agents;

import static io.github.mistral4j.testkit.internal.validation.Specs.anyObject;
import static io.github.mistral4j.testkit.internal.validation.Specs.anyOf;
import static io.github.mistral4j.testkit.internal.validation.Specs.bool;
import static io.github.mistral4j.testkit.internal.validation.Specs.emptyList;
import static io.github.mistral4j.testkit.internal.validation.Specs.emptyObject;
import static io.github.mistral4j.testkit.internal.validation.Specs.flag;
import static io.github.mistral4j.testkit.internal.validation.Specs.integer;
import static io.github.mistral4j.testkit.internal.validation.Specs.list;
import static io.github.mistral4j.testkit.internal.validation.Specs.literal;
import static io.github.mistral4j.testkit.internal.validation.Specs.nullable;
import static io.github.mistral4j.testkit.internal.validation.Specs.number;
import static io.github.mistral4j.testkit.internal.validation.Specs.object;
import static io.github.mistral4j.testkit.internal.validation.Specs.oneOf;
import static io.github.mistral4j.testkit.internal.validation.Specs.string;
import static io.github.mistral4j.testkit.internal.validation.Specs.tagged;
import static io.github.mistral4j.testkit.internal.validation.Specs.text;
import static io.github.mistral4j.testkit.internal.validation.Specs.variant;

import io.github.mistral4j.testkit.internal.validation.ObjectSpec;
import io.github.mistral4j.testkit.internal.validation.Spec;
import java.util.List;

/** The request bodies and parameters of the agents operations, as the server validates them. */
final class AgentRequests {
  /** The alias pattern of the contract. */
  static final Spec ALIAS =
      string().minLength(1).maxLength(64).pattern("^[a-z]([a-z0-9_-]*[a-z0-9])?$");

  static final Spec REQUEST_SOURCE =
      oneOf("RequestSource", "api", "playground", "agent_builder_v1");

  private static final Spec TOOL_CONFIGURATION = nullable(object("ToolConfiguration")
      .optional("exclude", nullable(list(string())))
      .optional("include", nullable(list(string())))
      .optional("requires_confirmation", nullable(list(string())))
      .forbidExtra());

  private static final Spec FUNCTION = object("Function")
      .required("name", string())
      .optional("description", string(), text(""))
      .optional("strict", bool(), flag(false))
      .required("parameters", anyObject())
      .forbidExtra();

  private static final Spec AUTHORIZATION = nullable(tagged(
      "type",
      variant("oauth2-token", secret("OAuth2TokenAuth", "oauth2-token")),
      variant("api-key", secret("APIKeyAuth", "api-key"))));

  private static final Spec TOOL = tagged(
      "type",
      variant(
          "function",
          object("FunctionTool")
              .optional("type", literal("function"), text("function"))
              .required("function", FUNCTION)
              .forbidExtra()),
      variant("web_search", builtIn("WebSearchTool", "web_search")),
      variant("web_search_premium", builtIn("WebSearchPremiumTool", "web_search_premium")),
      variant("code_interpreter", builtIn("CodeInterpreterTool", "code_interpreter")),
      variant("image_generation", builtIn("ImageGenerationTool", "image_generation")),
      variant(
          "document_library",
          object("DocumentLibraryTool")
              .optional("tool_configuration", TOOL_CONFIGURATION)
              .optional("type", literal("document_library"), text("document_library"))
              .required("library_ids", list(string()).minItems(1))
              .forbidExtra()),
      variant(
          "connector",
          object("CustomConnector")
              .optional("type", literal("connector"), text("connector"))
              .required("connector_id", string())
              .optional("authorization", AUTHORIZATION)
              .optional("tool_configuration", TOOL_CONFIGURATION)
              .forbidExtra()));

  private static final List<String> V1_CATEGORIES = List.of(
      "sexual",
      "hate_and_discrimination",
      "violence_and_threats",
      "dangerous_and_criminal_content",
      "selfharm",
      "health",
      "financial",
      "law",
      "pii");
  private static final List<String> V2_CATEGORIES = List.of(
      "sexual",
      "hate_and_discrimination",
      "violence_and_threats",
      "dangerous",
      "criminal",
      "selfharm",
      "health",
      "financial",
      "law",
      "pii",
      "jailbreaking");

  private static final Spec PROBABILITY = nullable(number().range(0, 1));
  private static final Spec PENALTY = nullable(number().range(-2, 2));

  private static final Spec COMPLETION_ARGS = object("CompletionArgs")
      .optional("stop", nullable(anyOf(string(), list(string()))))
      .optional("presence_penalty", PENALTY)
      .optional("frequency_penalty", PENALTY)
      .optional("temperature", PROBABILITY)
      .optional("top_p", PROBABILITY)
      .optional("max_tokens", nullable(integer().min(0)))
      .optional("random_seed", nullable(integer().min(0)))
      .optional(
          "prediction",
          nullable(object("Prediction")
              .optional("type", literal("content"), text("content"))
              .optional("content", string(), text(""))
              .forbidExtra()))
      .optional(
          "response_format",
          nullable(object("ResponseFormat")
              .optional(
                  "type",
                  oneOf("ResponseFormats", "text", "json_object", "json_schema"),
                  text("text"))
              .optional(
                  "json_schema",
                  nullable(object("JsonSchema")
                      .required("name", string())
                      .optional("description", nullable(string()))
                      .required("schema", anyObject())
                      .optional("strict", bool(), flag(false))
                      .forbidExtra()))
              .forbidExtra()))
      .optional(
          "tool_choice", oneOf("ToolChoiceEnum", "auto", "none", "any", "required"), text("auto"))
      .optional(
          "reasoning_effort",
          nullable(oneOf("ReasoningEffort", "none", "minimal", "low", "medium", "high", "xhigh")))
      .forbidExtra();

  private static final Spec GUARDRAILS = nullable(list(object("GuardrailConfig")
      .optional("block_on_error", bool(), flag(false))
      .optional(
          "moderation_llm_v1",
          nullable(moderation("ModerationLLMV1Config", "mistral-moderation-2411", V1_CATEGORIES)))
      .optional(
          "moderation_llm_v2",
          nullable(
              moderation("ModerationLLMV2Config", "mistral-moderation-2603", V2_CATEGORIES)))));

  /** {@code CreateAgentRequest}. */
  static final ObjectSpec CREATE = object("CreateAgentRequest")
      .optional("instructions", nullable(string()))
      .optional("tools", list(TOOL), emptyList())
      .optional("completion_args", COMPLETION_ARGS, emptyObject())
      .optional("guardrails", GUARDRAILS)
      .required("model", string())
      .required("name", string())
      .optional("description", nullable(string()))
      .optional("handoffs", nullable(list(string()).minItems(1)))
      .optional("metadata", nullable(anyObject()))
      .optional("version_message", nullable(string().maxLength(500)))
      .forbidExtra();

  /** {@code UpdateAgentRequest}: partial, absent fields stay absent. */
  static final ObjectSpec UPDATE = object("UpdateAgentRequest")
      .optional("instructions", nullable(string()))
      .optional("tools", list(TOOL))
      .optional("completion_args", COMPLETION_ARGS)
      .optional("guardrails", GUARDRAILS)
      .optional("model", nullable(string()))
      .optional("name", nullable(string()))
      .optional("description", nullable(string()))
      .optional("handoffs", nullable(list(string()).minItems(1)))
      .optional("deployment_chat", nullable(bool()))
      .optional("metadata", nullable(anyObject()))
      .optional("version_message", nullable(string().maxLength(500)))
      .forbidExtra()
      .partial();

  private AgentRequests() {}

  private static Spec builtIn(String name, String type) {
    return object(name)
        .optional("tool_configuration", TOOL_CONFIGURATION)
        .optional("type", literal(type), text(type))
        .forbidExtra();
  }

  private static Spec secret(String name, String type) {
    return object(name)
        .optional("type", literal(type), text(type))
        .required("value", string())
        .forbidExtra();
  }

  private static Spec moderation(String name, String model, List<String> categories) {
    ObjectSpec thresholds = object(name.replace("Config", "CategoryThresholds"));
    for (String c : categories) {
      thresholds.optional(c, nullable(number()));
    }
    return object(name)
        .optional("model_name", string(), text(model))
        .optional("custom_category_thresholds", nullable(thresholds))
        .optional("ignore_other_categories", bool(), flag(false))
        .optional("action", oneOf("ModerationLLMAction", "none", "block"), text("none"));
  }
}
