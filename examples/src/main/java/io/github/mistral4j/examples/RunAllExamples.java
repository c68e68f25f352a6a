package io.github.mistral4j.examples;

import io.github.mistral4j.core.Sleeper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs every example in order, each in a fresh environment (its own stand-in unless {@code
 * MISTRAL_API_KEY} is set), and exits with status 1 when one of them fails.
 */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** The examples, by title, in the order they run. */
  static Map<String, Example> examples() {
    Map<String, Example> examples = new LinkedHashMap<>();
    examples.put("1. Connectors tour", ConnectorsTour::run);
    examples.put("2. Agents tour", AgentsTour::run);
    examples.put("3. LangChain4j agent with connector tools", LangChain4jAgent::run);
    examples.put("4. Error handling", ErrorHandling::run);
    examples.put("5. Observability with Micrometer", ObservabilityExample::run);
    return examples;
  }

  /**
   * Runs every example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int failed = runAll(System.getenv(), Transcript.toStandardOutput(), Sleeper.SYSTEM);
    if (failed > 0) {
      System.exit(1);
    }
  }

  /**
   * Runs every example, going on after a failure.
   *
   * @param variables environment variables
   * @param transcript where to print
   * @param sleeper how clients wait between retries
   * @return how many examples failed
   */
  static int runAll(Map<String, String> variables, Transcript transcript, Sleeper sleeper) {
    int failed = 0;
    for (Map.Entry<String, Example> example : examples().entrySet()) {
      transcript.heading(example.getKey());
      try (ExampleEnvironment env = ExampleEnvironment.open(variables, transcript, sleeper)) {
        example.getValue().run(env);
      } catch (RuntimeException e) {
        failed++;
        transcript.failure(e);
      }
    }
    transcript.heading("Done");
    transcript.result(
        (examples().size() - failed) + " of " + examples().size() + " examples ran to completion");
    return failed;
  }
}
