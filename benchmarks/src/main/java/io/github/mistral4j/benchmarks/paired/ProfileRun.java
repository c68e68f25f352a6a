package io.github.mistral4j.benchmarks.paired;

import io.github.mistral4j.benchmarks.Clients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * One side alone under 32 callers, with a Flight Recorder recording of the measured part (the
 * warm-up is left out; the recording starts while the callers call): execution samples every 10
 * ms, every monitor enter and wait, every park and sleep, allocation samples, socket I/O, thread
 * starts and per-thread CPU load. Run once per side, one after the other, and compare with {@code
 * jfr_summary.py}.
 *
 * <p>Usage: {@code ProfileRun <sdk|raw> <operation> <warm-up seconds> <recorded seconds> <file.jfr>}.
 */
public final class ProfileRun {
  private ProfileRun() {}

  /**
   * Runs the profile.
   *
   * @param args side, operation id, warm-up and recorded seconds, recording file, and optionally the
   *     number of callers (default 32)
   * @throws IOException when the recording cannot be written
   * @throws ParseException when the JDK's {@code profile} settings cannot be read
   */
  public static void main(String[] args) throws IOException, ParseException {
    if (args.length != 5 && args.length != 6) {
      throw new IllegalArgumentException("usage: ProfileRun <sdk|raw> <operation> <warm s> <recorded s> <file.jfr> [callers]");
    }
    int callers = args.length == 6 ? Integer.parseInt(args[5]) : 32;
    Side side = Side.of(args[0]);
    long warm = Long.parseLong(args[2]) * 1_000_000_000L;
    long recorded = Long.parseLong(args[3]) * 1_000_000_000L;
    long window = 500_000_000L;
    Clients clients = new Clients();
    clients.setUp();
    Runnable call = Operation.named(Operation.all(clients), args[1]).call(side);
    try (CallerPool pool = new CallerPool(callers, side.label() + "-caller")) {
      for (long done = 0; done < warm; done += window) {
        pool.run(call, window);
      }
      long calls = 0;
      long cpu = 0;
      long elapsed = 0;
      try (Recording recording = new Recording(settings())) {
        recording.setToDisk(true);
        // started while the callers keep calling: a pause of a second would let the SDK's deadline
        // watchdog stop, and the next burst of 32 callers start it again (see RESULTS.md)
        Thread starter = new Thread(recording::start, "recording-start");
        starter.start();
        while (starter.isAlive()) {
          pool.run(call, window / 5);
        }
        while (elapsed < recorded) {
          CallerPool.Window w = pool.run(call, window);
          calls += w.calls();
          cpu += w.cpuNanos();
          elapsed += w.elapsedNanos();
        }
        recording.stop();
        recording.dump(Path.of(args[4]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.out.printf(Locale.ROOT, "%s %s: %d calls in %.1f s, %.0f calls/s, process CPU %.1f us per call%n",
          side.label(), args[1], calls, elapsed / 1e9, calls * 1e9 / elapsed, cpu / 1e3 / calls);
    } finally {
      clients.tearDown();
    }
  }

  private static Map<String, String> settings() throws IOException, ParseException {
    Map<String, String> s = new java.util.HashMap<>(Configuration.getConfiguration("profile").getSettings());
    s.put("jdk.ExecutionSample#enabled", "true");
    s.put("jdk.ExecutionSample#period", "10 ms");
    for (String event : new String[] {"jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark",
        "jdk.ThreadSleep", "jdk.SocketRead", "jdk.SocketWrite"}) {
      s.put(event + "#enabled", "true");
      s.put(event + "#threshold", "0 ms");
      s.put(event + "#stackTrace", "true");
    }
    s.put("jdk.ObjectAllocationSample#enabled", "true");
    s.put("jdk.ThreadStart#enabled", "true");
    s.put("jdk.ThreadCPULoad#enabled", "true");
    s.put("jdk.ThreadCPULoad#period", "1 s");
    return s;
  }
}
