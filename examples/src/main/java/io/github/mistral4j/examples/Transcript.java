package io.github.mistral4j.examples;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints what an example does, in a form meant for people: a heading per example, one line per step
 * and short indented results.
 *
 * <pre>
 * == Connectors tour ==
 * (against the local stand-in at http://127.0.0.1:41733)
 *
 * &gt; Create the connector "weather"
 *   id 9b2c..., visibility private
 * </pre>
 */
public final class Transcript {
  private final PrintStream out;

  private Transcript(PrintStream out) {
    this.out = out;
  }

  /**
   * A transcript printed to the given stream.
   *
   * @param out where to print
   * @return the transcript
   */
  public static Transcript to(PrintStream out) {
    return new Transcript(Objects.requireNonNull(out, "out"));
  }

  /** A transcript printed to standard output. */
  public static Transcript toStandardOutput() {
    return to(System.out);
  }

  /**
   * Starts a section.
   *
   * @param title the section's title
   */
  public void heading(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  /**
   * Says what the next step does.
   *
   * @param what the step, as an imperative sentence
   */
  public void step(String what) {
    out.println();
    out.println("> " + what);
  }

  /**
   * Prints a result of the current step, indented under it.
   *
   * @param result the result, one line or several
   */
  public void result(String result) {
    for (String line : result.split("\n", -1)) {
      out.println("  " + line);
    }
  }

  /**
   * Reports an unexpected failure, with its stack trace.
   *
   * @param failure what was thrown
   */
  public void failure(Throwable failure) {
    out.println("  FAILED: " + failure);
    failure.printStackTrace(out);
  }

  /**
   * Prints a remark that is not a step, such as where the example runs.
   *
   * @param text the remark
   */
  public void note(String text) {
    out.println("(" + text + ")");
  }
}
