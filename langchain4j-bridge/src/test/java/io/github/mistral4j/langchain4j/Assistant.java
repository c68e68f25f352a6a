package io.github.mistral4j.langchain4j;

/** The AI service the tests drive. */
interface Assistant {
  String chat(String message);
}
