package io.github.mistral4j.testkit.internal;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server on 127.0.0.1, one handler for every path, a daemon thread per concurrent exchange. */
final class StandInServer implements AutoCloseable {
  /**
   * The JDK server writes a response's headers and body in two TCP segments; without TCP_NODELAY, Nagle's
   * algorithm and the client's delayed ACK add about 40 ms to every exchange. The JDK reads this property once,
   * when its first HTTP server is created, so it is set (unless the application chose a value) before that.
   */
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private StandInServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server.
   *
   * @param port the port, 0 for a free one
   * @param handler the handler of every exchange
   * @throws IOException if the port cannot be bound
   */
  static StandInServer start(int port, HttpHandler handler) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(
          r, "mistral-stand-in-" + server.getAddress().getPort() + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.createContext("/", handler);
    server.setExecutor(executor);
    server.start();
    return new StandInServer(server, executor);
  }

  /** The bound port. */
  int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, drops open exchanges (interrupting delayed ones) and frees the port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
