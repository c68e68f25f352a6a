package io.github.mistral4j.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 that closes keep-alive connections the way servers and
 * load balancers do, and records which requests it read completely (by the {@code callId} in the
 * JSON body) and how many times each was executed. It answers every complete request with 200 and
 * honours {@code Expect: 100-continue}.
 */
final class ChurnServer implements AutoCloseable {
  /** How the server ends keep-alive connections. */
  enum Mode {
    /** About one answer in three carries {@code Connection: close}, then the server closes. */
    ANNOUNCED,
    /** The server closes without notice after 1 to 4 answers. */
    SILENT_AFTER_N,
    /** The server closes a connection idle for 50 to 200 ms. */
    IDLE,
    /** Each connection picks one of the above, and idle closing applies to all of them. */
    MIXED
  }

  private static final Pattern CALL_ID = Pattern.compile("\"callId\"\\s*:\\s*\"([^\"]+)\"");
  private static final int READ_TIMEOUT_MS = 10_000;

  private final Mode mode;
  private final ServerSocket server;
  private final Thread acceptor;
  private final Map<String, AtomicInteger> executed = new ConcurrentHashMap<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger incomplete = new AtomicInteger();
  private volatile boolean closed;

  ChurnServer(Mode mode) throws IOException {
    this.mode = mode;
    this.server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "churn-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many times the server read and answered the request with this call id (0: never read). */
  int executions(String callId) {
    AtomicInteger n = executed.get(callId);
    return n == null ? 0 : n.get();
  }

  Map<String, AtomicInteger> executed() {
    return executed;
  }

  int connections() {
    return connections.get();
  }

  /** Requests whose head or body the connection ended in the middle of. */
  int incomplete() {
    return incomplete.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = server.accept();
        connections.incrementAndGet();
        Thread t = new Thread(() -> serve(s), "churn-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          continue;
        }
      }
    }
  }

  private void serve(Socket socket) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Mode m = mode == Mode.MIXED ? Mode.values()[random.nextInt(3)] : mode;
    boolean idleClose = m == Mode.IDLE || mode == Mode.MIXED;
    int idleMillis = 50 + random.nextInt(151);
    int closeAfter = m == Mode.SILENT_AFTER_N ? 1 + random.nextInt(4) : Integer.MAX_VALUE;
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      for (int served = 0; ; served++) {
        socket.setSoTimeout(idleClose && served > 0 ? idleMillis : READ_TIMEOUT_MS);
        int first;
        try {
          first = in.read();
        } catch (SocketTimeoutException idle) {
          return; // idle too long: close without notice
        }
        if (first < 0) {
          return; // the client closed
        }
        socket.setSoTimeout(READ_TIMEOUT_MS);
        String head = readHead(first, in);
        if (head == null) {
          incomplete.incrementAndGet();
          return;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        int length = contentLength(lower);
        if (lower.contains("\r\nexpect: 100-continue")) {
          out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
          incomplete.incrementAndGet();
          return;
        }
        Matcher id = CALL_ID.matcher(new String(body, StandardCharsets.UTF_8));
        String callId = id.find() ? id.group(1) : "?";
        executed.computeIfAbsent(callId, k -> new AtomicInteger()).incrementAndGet();
        boolean announce = m == Mode.ANNOUNCED && random.nextInt(3) == 0;
        byte[] json = ("{\"content\":[{\"type\":\"text\",\"text\":\"" + callId + "\"}]}").getBytes(StandardCharsets.UTF_8);
        String response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n"
            + (announce ? "Connection: close\r\n" : "") + "\r\n";
        out.write(response.getBytes(StandardCharsets.US_ASCII));
        out.write(json);
        out.flush();
        if (announce || served + 1 >= closeAfter) {
          return;
        }
      }
    } catch (IOException e) {
      // the connection broke: whatever was not recorded was not read
    }
  }

  /** Reads up to the blank line; null if the connection ended first. */
  private static String readHead(int first, InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    head.write(first);
    int state = first == '\r' ? 1 : 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      if (b == '\r') {
        state = state == 2 ? 3 : 1;
      } else if (b == '\n' && (state == 1 || state == 3)) {
        state++;
      } else {
        state = 0;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static int contentLength(String lowerHead) {
    int i = lowerHead.indexOf("\r\ncontent-length:");
    if (i < 0) {
      return 0;
    }
    int end = lowerHead.indexOf("\r\n", i + 2);
    return Integer.parseInt(lowerHead.substring(i + "\r\ncontent-length:".length(), end).trim());
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
