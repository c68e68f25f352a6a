package io.github.mistral4j.examples;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A chat model that plays a fixed script instead of asking an LLM, so that the LangChain4j example
 * runs offline: each turn either calls a tool (which must be among the tools offered) or answers
 * from the tool results received so far.
 */
final class ScriptedChatModel implements ChatModel {
  private final Deque<Function<ChatRequest, AiMessage>> turns = new ArrayDeque<>();

  /**
   * Adds a turn that calls a tool.
   *
   * @param tool the tool's name as offered to the model
   * @param arguments the arguments, as the JSON text a model would write
   * @return this model
   */
  ScriptedChatModel callTool(String tool, String arguments) {
    turns.add(
        request -> {
          List<String> offered =
              request.toolSpecifications().stream().map(ToolSpecification::name).toList();
          if (!offered.contains(tool)) {
            throw new IllegalStateException(
                "the script calls " + tool + " but the model was offered " + offered);
          }
          String id = "call_" + request.messages().size();
          return AiMessage.from(
              ToolExecutionRequest.builder().id(id).name(tool).arguments(arguments).build());
        });
    return this;
  }

  /**
   * Adds a turn that answers with text made from the tool results.
   *
   * @param answer builds the answer from the texts of the tool results, in order
   * @return this model
   */
  ScriptedChatModel answer(Function<List<String>, String> answer) {
    turns.add(request -> AiMessage.from(answer.apply(toolResults(request))));
    return this;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    Function<ChatRequest, AiMessage> turn = turns.poll();
    if (turn == null) {
      throw new IllegalStateException("the script has no turn left");
    }
    return ChatResponse.builder().aiMessage(turn.apply(request)).build();
  }

  private static List<String> toolResults(ChatRequest request) {
    List<String> results = new ArrayList<>();
    for (ChatMessage message : request.messages()) {
      if (message instanceof ToolExecutionResultMessage result) {
        results.add(result.text());
      }
    }
    return results;
  }
}
