package io.github.mistral4j.testkit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a stand-in as a process until it is stopped (Ctrl-C), for trying the API by hand or from another
 * program: {@code java -cp <classpath> io.github.mistral4j.testkit.StandInMain [--port N] [--api-key KEY]}.
 */
public final class StandInMain {
  private StandInMain() {}

  /**
   * Starts a stand-in, prints its base URL and waits.
   *
   * @param args {@code --port N} (default: a free port) and {@code --api-key KEY} (default: any key accepted)
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    MistralStandIn.Builder builder;
    try {
      builder = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: StandInMain [--port N] [--api-key KEY]");
      System.exit(2);
      return;
    }
    MistralStandIn standIn = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "mistral-stand-in-shutdown"));
    boolean anyKey = !contains(args, "--api-key");
    System.out.println("Mistral stand-in listening on " + standIn.baseUrl() + " (API key: "
        + (anyKey ? "any, for example test-key" : "the one given") + ")");
    new CountDownLatch(1).await();
  }

  /**
   * Reads the command line into a builder.
   *
   * @throws IllegalArgumentException on an unknown option, a missing value or a bad port
   */
  static MistralStandIn.Builder options(String[] args) {
    MistralStandIn.Builder b = MistralStandIn.builder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (!option.equals("--port") && !option.equals("--api-key")) {
        throw new IllegalArgumentException("unknown option: " + option);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      if (option.equals("--port")) {
        try {
          b.port(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--port needs a number, was " + value, e);
        }
      } else {
        b.apiKey(value);
      }
    }
    return b;
  }

  private static boolean contains(String[] args, String option) {
    for (String a : args) {
      if (a.equals(option)) {
        return true;
      }
    }
    return false;
  }
}
