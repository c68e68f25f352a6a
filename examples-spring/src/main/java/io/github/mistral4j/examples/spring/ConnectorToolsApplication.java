package io.github.mistral4j.examples.spring;

import io.github.mistral4j.springai.ConnectorToolCallbackProvider;
import io.github.mistral4j.testkit.MistralStandIn;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application (no web server) whose Spring AI {@link ChatClient} uses the tools of
 * two Mistral connectors, wired by {@code mistral4j-spring-boot-starter} from {@code
 * mistral.tools.connectors}. Without {@code MISTRAL_API_KEY} it runs against a local stand-in of
 * the API serving the connectors {@code weather} and {@code helpdesk}; with it, against the real
 * API and the connectors named by {@code MISTRAL_TOOLS_CONNECTORS}. The chat model is a scripted
 * stand-in ({@link DemoChatModel}): put a Spring AI model starter in its place for a real one.
 */
@SpringBootApplication
public class ConnectorToolsApplication {
  /** Creates the application. */
  public ConnectorToolsApplication() {}

  /**
   * The chat model the ChatClient talks to.
   *
   * @return the scripted demo model
   */
  @Bean
  ChatModel chatModel() {
    return new DemoChatModel();
  }

  /**
   * Runs the example and prints what happened.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(run(System.getenv()));
  }

  /**
   * Starts the application, asks one question through the ChatClient, and stops.
   *
   * @param env environment variables (only {@code MISTRAL_API_KEY} is read here)
   * @return the transcript: the tools the model was offered and its answer
   */
  static String run(Map<String, String> env) {
    @Nullable MistralStandIn standIn = env.getOrDefault("MISTRAL_API_KEY", "").isBlank() ? DemoConnectors.start() : null;
    SpringApplicationBuilder app = new SpringApplicationBuilder(ConnectorToolsApplication.class);
    if (standIn != null) {
      app.properties("mistral.api-key=" + standIn.apiKey(), "mistral.base-url=" + standIn.baseUrl());
    }
    try (ConfigurableApplicationContext context = app.run()) {
      ConnectorToolCallbackProvider tools = context.getBean(ConnectorToolCallbackProvider.class);
      String answer = ChatClient.create(context.getBean(ChatModel.class))
          .prompt().user("What is the weather in Paris, and are there tickets about it?")
          .toolCallbacks(tools).call().content();
      return (standIn != null ? "[local stand-in at " + standIn.baseUrl() + "; set MISTRAL_API_KEY for the real API]\n" : "")
          + "tools: " + Arrays.stream(tools.getToolCallbacks()).map(t -> t.getToolDefinition().name()).toList() + "\n"
          + "answer: " + answer;
    } finally {
      if (standIn != null) {
        standIn.close();
      }
    }
  }
}
