package io.github.mistral4j.springai;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.model.tool.ToolExecutionResult;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * A chat model that answers from a script and runs the tool calls it asks for the way Spring AI's
 * own models do (internal tool execution through the {@link ToolCallingManager}), recording the
 * tool definitions and messages of every request.
 */
final class ScriptedChatModel implements ChatModel {
  final List<List<ToolDefinition>> toolsSeen = new ArrayList<>();
  final List<List<Message>> messagesSeen = new ArrayList<>();
  private final ToolCallingManager manager = ToolCallingManager.builder().build();
  private final List<AssistantMessage> script = new ArrayList<>();

  ScriptedChatModel callTools(AssistantMessage.ToolCall... calls) {
    script.add(AssistantMessage.builder().content("").toolCalls(List.of(calls)).build());
    return this;
  }

  ScriptedChatModel answer(String text) {
    script.add(new AssistantMessage(text));
    return this;
  }

  @Override
  public ChatResponse call(Prompt prompt) {
    ToolCallingChatOptions options = (ToolCallingChatOptions) prompt.getOptions();
    toolsSeen.add(manager.resolveToolDefinitions(options));
    messagesSeen.add(prompt.getInstructions());
    ChatResponse response = new ChatResponse(List.of(new Generation(script.get(messagesSeen.size() - 1))));
    if (response.hasToolCalls()) {
      ToolExecutionResult result = manager.executeToolCalls(prompt, response);
      return call(new Prompt(result.conversationHistory(), options));
    }
    return response;
  }

  @Override
  public ChatOptions getDefaultOptions() {
    return ToolCallingChatOptions.builder().build();
  }
}
