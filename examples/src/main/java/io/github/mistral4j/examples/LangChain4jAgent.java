package io.github.mistral4j.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolExecution;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.connectors.model.Connector;
import io.github.mistral4j.connectors.model.CreateConnectorRequest;
import io.github.mistral4j.langchain4j.ConnectorSource;
import io.github.mistral4j.langchain4j.ConnectorToolProvider;
import java.util.List;

/**
 * A LangChain4j agent (an {@link AiServices} assistant) whose tools are the tools of two Mistral
 * connectors, offered through {@link ConnectorToolProvider}: the model decides which to call, the
 * provider calls them with {@code call_tool}, the model answers from the results.
 *
 * <p>On the stand-in, the chat model is a {@link ScriptedChatModel}; with {@code MISTRAL_API_KEY},
 * it is Mistral's {@code MISTRAL_EXAMPLE_MODEL} (default {@value ExampleEnvironment#DEFAULT_MODEL})
 * and the question is {@code MISTRAL_EXAMPLE_QUESTION} (or a default one).
 */
public final class LangChain4jAgent {
  private static final String LOCAL_QUESTION =
      "Will it rain in Paris these two days? Is a ticket open about the weather widget?";

  /** The assistant LangChain4j implements; {@link Result} also reports the tool calls made. */
  interface Assistant {
    Result<String> chat(String question);
  }

  private LangChain4jAgent() {}

  /**
   * Runs the example on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone("LangChain4j agent with connector tools", LangChain4jAgent::run);
  }

  /**
   * Runs the example.
   *
   * @param env where it runs
   */
  public static void run(ExampleEnvironment env) {
    Transcript t = env.transcript();
    if (!env.hasToolServer()) {
      return;
    }
    try (ConnectorsClient connectors = ConnectorsClient.create(env.options())) {
      t.step("Create the connectors whose tools the agent will use");
      Connector weather = create(connectors, env, DemoTools.WEATHER, "Weather forecasts");
      Connector helpdesk = create(connectors, env, DemoTools.HELPDESK, "Help desk tickets");
      try {
        ask(env, connectors, weather, helpdesk);
      } finally {
        t.step("Delete the connectors");
        t.result(connectors.delete(weather.id()).message());
        t.result(connectors.delete(helpdesk.id()).message());
      }
    }
  }

  private static void ask(
      ExampleEnvironment env, ConnectorsClient connectors, Connector weather, Connector helpdesk) {
    Transcript t = env.transcript();
    t.step("Offer their tools to a LangChain4j AI service, one name prefix per connector");
    ConnectorToolProvider tools =
        ConnectorToolProvider.builder()
            .client(connectors)
            .connector(ConnectorSource.builder(weather.name()).prefix("weather_").build())
            .connector(ConnectorSource.builder(helpdesk.name()).prefix("helpdesk_").build())
            .build();
    List<String> offered =
        tools.provideTools(null).aiServiceTools().stream()
            .map(AiServiceTool::name)
            .sorted()
            .toList();
    t.result("tools: " + String.join(", ", offered));
    Assistant assistant =
        AiServices.builder(Assistant.class).chatModel(chatModel(env)).toolProvider(tools).build();

    String question =
        env.isLocal()
            ? LOCAL_QUESTION
            : env.variable("MISTRAL_EXAMPLE_QUESTION")
                .orElse("Which tools can you use? Call one of them and tell me what it returned.");
    t.step("Ask: " + question);
    Result<String> answer = assistant.chat(question);
    for (ToolExecution call : answer.toolExecutions()) {
      String result = call.result().replace('\n', ' ');
      t.result(
          "called %s %s -> %s"
              .formatted(call.request().name(), call.request().arguments(), result));
    }
    t.result("answer: " + answer.content());
  }

  private static ChatModel chatModel(ExampleEnvironment env) {
    if (env.isLocal()) {
      env.transcript()
          .note("the chat model is scripted: it calls both tools, then answers from their results");
      return new ScriptedChatModel()
          .callTool("weather_forecast", "{\"city\": \"Paris\", \"days\": 2}")
          .callTool("helpdesk_search_tickets", "{\"query\": \"weather widget\"}")
          .answer(
              results ->
                  "Forecast: " + results.get(0).replace('\n', ' ') + " Tickets: " + results.get(1));
    }
    env.transcript().note("the chat model is Mistral's " + env.modelName());
    return MistralAiChatModel.builder().apiKey(env.apiKey()).modelName(env.modelName()).build();
  }

  private static Connector create(
      ConnectorsClient connectors, ExampleEnvironment env, String name, String description) {
    Connector connector =
        connectors.create(
            CreateConnectorRequest.builder()
                .name(env.resourceName(name))
                .description(description)
                .server(env.mcpServerUrl())
                .build());
    env.transcript().result(connector.name() + ": id " + connector.id());
    return connector;
  }
}
