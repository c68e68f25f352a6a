package io.github.mistral4j.langchain4j.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.ConnectorAuthorization;
import io.github.mistral4j.agents.model.ConnectorTool;
import io.github.mistral4j.agents.model.FunctionDefinition;
import io.github.mistral4j.agents.model.FunctionTool;
import io.github.mistral4j.core.internal.JsonMaps;
import io.github.mistral4j.langchain4j.internal.JsonSchemaWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns LangChain4j tool definitions into Agents API tools, so one definition serves a local
 * LangChain4j agent and a remote Mistral agent. Needs {@code io.github.mistral4j:mistral4j-agents}
 * on the class path, which the bridge declares optional: add it to use this class.
 *
 * <pre>{@code
 * List<AgentTool> tools = new ArrayList<>(AgentTools.functionToolsFrom(new WeatherTools()));
 * tools.add(AgentTools.connectorTool(connectorId));
 * agents.create(CreateAgentRequest.builder().model("mistral-medium-latest").name("weather").tools(tools).build());
 * }</pre>
 *
 * <p>A {@link ToolSpecification} becomes a {@code function} tool: its name, its description (left
 * out when it has none), its {@code strict} flag when set, and its parameters written as standard
 * JSON Schema with every element LangChain4j defines (see {@link #functionTool}). The
 * specification's metadata has no counterpart in the Agents API and is not sent.
 */
public final class AgentTools {
  /**
   * The names Mistral accepts for functions: letters, digits, {@code _} and {@code -}, 1 to 64
   * characters.
   */
  public static final Pattern FUNCTION_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private AgentTools() {}

  /**
   * An Agents API function tool for a LangChain4j tool specification. The parameters are written
   * as JSON Schema element by element: objects with {@code properties} (always present),
   * {@code required}, {@code additionalProperties} and {@code $defs}; arrays with {@code items};
   * strings, integers, numbers, booleans and nulls; string enums; {@code anyOf} (a nullable value
   * is an {@code anyOf} with a null branch); references as {@code #/$defs/<name>}; raw schemas as
   * they are; descriptions wherever set. A specification without parameters gets {@code {"type":
   * "object", "properties": {}}}.
   *
   * @param specification the LangChain4j tool specification
   * @return the function tool
   * @throws IllegalArgumentException when the name does not match {@link #FUNCTION_NAME}, or a raw
   *     schema is not a JSON object or boolean
   */
  public static FunctionTool functionTool(ToolSpecification specification) {
    return functionTool("specification", Objects.requireNonNull(specification, "specification"));
  }

  /**
   * Function tools for several LangChain4j tool specifications, in their order.
   *
   * @param specifications the specifications
   * @return one function tool per specification, unmodifiable (copy it to add other tools)
   * @throws IllegalArgumentException when a name does not match {@link #FUNCTION_NAME}, two
   *     specifications share a name, or a raw schema is not a JSON object or boolean
   */
  public static List<AgentTool> functionTools(Collection<ToolSpecification> specifications) {
    Objects.requireNonNull(specifications, "specifications");
    List<AgentTool> tools = new ArrayList<>(specifications.size());
    Map<String, Integer> indexByName = new HashMap<>();
    int i = 0;
    for (ToolSpecification specification : specifications) {
      String where = "specifications[" + i + "]";
      Objects.requireNonNull(specification, where);
      Integer first = indexByName.putIfAbsent(specification.name(), i);
      if (first != null) {
        throw new IllegalArgumentException(where + ": function name '" + specification.name()
            + "' is already used by specifications[" + first + "]; function names must be unique within an agent");
      }
      tools.add(functionTool(where, specification));
      i++;
    }
    return List.copyOf(tools);
  }

  /**
   * Function tools for the {@link Tool @Tool} methods of objects, as LangChain4j's {@code
   * AiServices.tools(...)} sees them ({@link ToolSpecifications#toolSpecificationsFrom(Object)}).
   * A {@link Class} is read as the class itself.
   *
   * @param objectsWithTools objects (or classes) with {@code @Tool} methods
   * @return one function tool per {@code @Tool} method
   * @throws IllegalArgumentException when a name does not match {@link #FUNCTION_NAME} or two
   *     methods share a name
   */
  public static List<AgentTool> functionToolsFrom(Object... objectsWithTools) {
    Objects.requireNonNull(objectsWithTools, "objectsWithTools");
    List<ToolSpecification> specifications = new ArrayList<>();
    for (int i = 0; i < objectsWithTools.length; i++) {
      Object each = Objects.requireNonNull(objectsWithTools[i], "objectsWithTools[" + i + "]");
      specifications.addAll(each instanceof Class<?> type
          ? ToolSpecifications.toolSpecificationsFrom(type)
          : ToolSpecifications.toolSpecificationsFrom(each));
    }
    return functionTools(specifications);
  }

  /**
   * An Agents API connector tool: the remote agent calls the connector's tools itself, with the
   * connector's own credentials.
   *
   * @param connectorId the connector's id
   * @return the connector tool
   * @throws IllegalArgumentException when the id is blank
   */
  public static ConnectorTool connectorTool(String connectorId) {
    return AgentTool.connector(connectorId(connectorId));
  }

  /**
   * An Agents API connector tool called with the given credentials.
   *
   * @param connectorId the connector's id
   * @param authorization an API key ({@link ConnectorAuthorization#apiKey}) or an OAuth 2 token
   *     ({@link ConnectorAuthorization#oauth2Token})
   * @return the connector tool
   * @throws IllegalArgumentException when the id is blank
   */
  public static ConnectorTool connectorTool(String connectorId, ConnectorAuthorization authorization) {
    return AgentTool.connector(connectorId(connectorId), Objects.requireNonNull(authorization, "authorization"));
  }

  private static FunctionTool functionTool(String where, ToolSpecification specification) {
    String name = specification.name();
    if (name == null || !FUNCTION_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(where + ": function name " + (name == null ? "null" : "'" + name + "'")
          + " must match " + FUNCTION_NAME.pattern() + " (letters, digits, '_' and '-', 1 to 64 characters)");
    }
    ObjectNode parameters = JsonSchemaWriter.parameters(specification.parameters(), "tool '" + name + "' parameters");
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    JsonMaps.fieldsOf(parameters).forEach(e -> fields.put(e.getKey(), e.getValue()));
    return AgentTool.function(FunctionDefinition.builder()
        .name(name)
        .description(specification.description())
        .strict(specification.strict())
        .parameters(fields)
        .build());
  }

  private static String connectorId(String connectorId) {
    Objects.requireNonNull(connectorId, "connectorId");
    if (connectorId.isBlank()) {
      throw new IllegalArgumentException("connectorId must not be blank");
    }
    return connectorId;
  }
}
