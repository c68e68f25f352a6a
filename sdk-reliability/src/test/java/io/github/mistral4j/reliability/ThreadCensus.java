package io.github.mistral4j.reliability;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Counts live threads by kind: the SDK's own, and the JDK HTTP client's. */
final class ThreadCensus {
  static final Predicate<Thread> SELECTORS = t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager");
  static final Predicate<Thread> JDK_HTTP = t -> t.getName().startsWith("HttpClient-");
  static final Predicate<Thread> SDK = t -> t.getName().startsWith("mistral4j-") && !t.getName().startsWith("mistral4j-call-deadlines-");
  static final Predicate<Thread> HTTP_WORKERS = t -> t.getName().startsWith("mistral4j-http-");
  static final Predicate<Thread> ASYNC = t -> t.getName().startsWith("mistral4j-async-");

  private final Set<Thread> before;

  private ThreadCensus(Set<Thread> before) {
    this.before = before;
  }

  /** Remembers the threads alive now; later counts leave them out. */
  static ThreadCensus start() {
    return new ThreadCensus(Thread.getAllStackTraces().keySet());
  }

  /** Threads of this kind started since {@link #start()} and still alive. */
  int count(Predicate<Thread> kind) {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t))
        .filter(Thread::isAlive)
        .filter(kind)
        .count();
  }

  Set<String> names(Predicate<Thread> kind) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t))
        .filter(kind)
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }

  String summary() {
    return "selectors=" + count(SELECTORS) + " jdk-http=" + count(JDK_HTTP) + " http-workers=" + count(HTTP_WORKERS)
        + " async=" + count(ASYNC);
  }

}
