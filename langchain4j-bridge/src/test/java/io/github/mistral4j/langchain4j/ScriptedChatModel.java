package io.github.mistral4j.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
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

/**
 * A chat model that plays a script: each turn returns the next scripted message, and every
 * request it received is kept for assertions.
 */
final class ScriptedChatModel implements ChatModel {
  private final Deque<AiMessage> script = new ArrayDeque<>();
  final List<ChatRequest> requests = new ArrayList<>();

  /** First turn: call one tool. */
  ScriptedChatModel callTool(String name, String arguments) {
    script.add(AiMessage.from(ToolExecutionRequest.builder().id("call_" + (script.size() + 1)).name(name).arguments(arguments).build()));
    return this;
  }

  /** A turn that answers with text. */
  ScriptedChatModel answer(String text) {
    script.add(AiMessage.from(text));
    return this;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    requests.add(request);
    AiMessage next = script.poll();
    if (next == null) {
      throw new AssertionError("the model was asked one turn more than scripted");
    }
    return ChatResponse.builder().aiMessage(next).build();
  }

  /** The tool results the model received in its last turn. */
  List<ToolExecutionResultMessage> lastToolResults() {
    List<ToolExecutionResultMessage> results = new ArrayList<>();
    for (ChatMessage m : requests.get(requests.size() - 1).messages()) {
      if (m instanceof ToolExecutionResultMessage r) {
        results.add(r);
      }
    }
    return results;
  }
}
