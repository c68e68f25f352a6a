package io.github.mistral4j.examples.spring;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.AssistantMessage.ToolCall;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
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
 * A stand-in for a real chat model, so that the example runs offline: it asks for the demo tools
 * when it is offered them (and lists the tools it got otherwise), and answers with their results.
 * Tool calls run through Spring AI's {@link ToolCallingManager}, as with a real model.
 */
final class DemoChatModel implements ChatModel {
  private final ToolCallingManager tools = ToolCallingManager.builder().build();

  @Override
  public ChatResponse call(Prompt prompt) {
    ToolCallingChatOptions options = (ToolCallingChatOptions) prompt.getOptions();
    List<Message> messages = prompt.getInstructions();
    if (messages.get(messages.size() - 1) instanceof ToolResponseMessage results) {
      return answer("From the connectors' tools: " + results.getResponses().stream()
          .map(ToolResponseMessage.ToolResponse::responseData).collect(Collectors.joining(" | ")));
    }
    Set<String> offered = tools.resolveToolDefinitions(options).stream().map(ToolDefinition::name).collect(Collectors.toSet());
    if (!offered.containsAll(Set.of("forecast", "search_tickets"))) {
      return answer("I was offered these tools: " + offered);
    }
    ChatResponse response = new ChatResponse(List.of(new Generation(AssistantMessage.builder().content("")
        .toolCalls(List.of(
            new ToolCall("call-1", "function", "forecast", "{\"city\": \"Paris\"}"),
            new ToolCall("call-2", "function", "search_tickets", "{\"query\": \"weather Paris\"}")))
        .build())));
    ToolExecutionResult executed = tools.executeToolCalls(prompt, response);
    return call(new Prompt(executed.conversationHistory(), options));
  }

  @Override
  public ChatOptions getDefaultOptions() {
    return ToolCallingChatOptions.builder().build();
  }

  private static ChatResponse answer(String text) {
    return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
  }
}
