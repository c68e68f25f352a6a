package io.github.mistral4j.examples;

/** One example: a program that uses the SDK in the given environment and prints what it does. */
@FunctionalInterface
public interface Example {

  /**
   * Runs the example.
   *
   * @param env where it runs and where it prints
   */
  void run(ExampleEnvironment env);

  /**
   * Runs one example as a program of its own, from a {@code main} method: against the local
   * stand-in, or the real API when {@code MISTRAL_API_KEY} is set.
   *
   * @param title the example's title
   * @param example the example
   */
  static void runAlone(String title, Example example) {
    Transcript.toStandardOutput().heading(title);
    try (ExampleEnvironment env = ExampleEnvironment.open()) {
      example.run(env);
    }
  }
}
