package io.github.mistral4j.benchmarks;

import io.github.mistral4j.agents.model.AgentTool;
import io.github.mistral4j.agents.model.CompletionArgs;
import io.github.mistral4j.agents.model.CreateAgentRequest;
import io.github.mistral4j.agents.model.FunctionDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The requests both clients send: the arguments of {@code call_tool} and the agent to create. */
public final class RequestFixtures {
  private RequestFixtures() {}

  /** The arguments {@code call_tool} sends, in a fixed order. */
  public static Map<String, Object> callArguments() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("owner", "mistralai");
    args.put("repo", "client-python");
    args.put("query", "is:open label:bug streaming");
    args.put("sort", "updated");
    args.put("per_page", 20);
    return args;
  }
  /** The {@code create agent} request both clients send. */
  public static CreateAgentRequest createAgentRequest() {
    Map<String, Object> searchParams = new LinkedHashMap<>();
    searchParams.put("type", "object");
    searchParams.put(
        "properties",
        map(
            "query", map("type", "string", "description", "What to search for"),
            "limit", map("type", "integer", "description", "Maximum results", "minimum", 1, "maximum", 50)));
    searchParams.put("required", List.of("query"));
    Map<String, Object> ticketParams = new LinkedHashMap<>();
    ticketParams.put("type", "object");
    ticketParams.put(
        "properties",
        map(
            "title", map("type", "string", "description", "Ticket title"),
            "priority", map("type", "string", "enum", List.of("low", "medium", "high")),
            "body", map("type", "string", "description", "Ticket body in Markdown")));
    ticketParams.put("required", List.of("title"));
    return CreateAgentRequest.builder()
        .model("mistral-medium-latest")
        .name("support-triage")
        .description("Triages incoming support requests, searches the knowledge base and files tickets.")
        .instructions(
            "You are a support triage agent for ACME. Read the customer's message, search the knowledge base for "
                + "known issues, and answer with the relevant article when one matches. When nothing matches, file a "
                + "ticket with a short title, a priority (high only for outages or data loss) and a body that quotes "
                + "the customer's words. Never promise dates. Answer in the customer's language, in at most five "
                + "sentences, and always end with the ticket number when you filed one.")
        .addTool(AgentTool.function(FunctionDefinition.builder()
            .name("search_kb").description("Searches the knowledge base").parameters(searchParams).build()))
        .addTool(AgentTool.function(FunctionDefinition.builder()
            .name("file_ticket").description("Files a support ticket").parameters(ticketParams).build()))
        .addTool(AgentTool.webSearch())
        .addTool(AgentTool.connector("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
        .completionArgs(CompletionArgs.builder().temperature(0.2).topP(0.9).maxTokens(1024).build())
        .putMetadata("team", "support")
        .putMetadata("tier", 2)
        .build();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
