package io.github.mistral4j.examples.snippets;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.ChatModel;
import io.github.mistral4j.agents.AgentsClient;
import io.github.mistral4j.connectors.ConnectorsClient;
import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.testkit.MistralStandIn;
import io.github.mistral4j.testkit.ToolHandler;
import java.net.http.HttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The names the READMEs' statement snippets use without declaring them, as a reader's own code
 * would have them. Never run: only compiled, by {@code ReadmeSnippetsTest}.
 */
@SuppressWarnings({"NullAway", "unused"})
public abstract class SnippetContext {
  /** A connectors client. */
  protected @Nullable ConnectorsClient connectors;

  /** An agents client. */
  protected @Nullable AgentsClient agents;

  /** Client options. */
  protected @Nullable ClientOptions options;

  /** A LangChain4j chat model. */
  protected @Nullable ChatModel model;

  /** The reader's own JDK client. */
  protected @Nullable HttpClient myJdkHttpClient;

  /** Where the reader keeps the API key. */
  protected @Nullable Vault vault;

  /** A connector's id. */
  protected String connectorId = "";

  /** A stand-in, in testkit snippets. */
  protected @Nullable MistralStandIn standIn;

  /** A tool for the stand-in. */
  protected static @Nullable ToolHandler forecastTool;

  /** A create-connector request as JSON. */
  protected static String weatherJson = "";

  /** A secret store. */
  public interface Vault {
    /**
     * The current API key.
     *
     * @return the key
     */
    String currentKey();
  }

  /** A LangChain4j AI service. */
  public interface Assistant {
    /**
     * Answers a message.
     *
     * @param message the user's message
     * @return the answer
     */
    String chat(String message);
  }

  /** Local tools with LangChain4j's {@code @Tool}. */
  public static class WeatherTools {
    /**
     * A forecast.
     *
     * @param city the city
     * @return the forecast
     */
    @Tool("Weather forecast for a city")
    public String forecast(String city) {
      return "Sunny in " + city;
    }
  }
}
