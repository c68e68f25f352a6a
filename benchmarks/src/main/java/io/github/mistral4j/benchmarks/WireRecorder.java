package io.github.mistral4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP/1.1 server that records every request exactly as its bytes arrived (request line
 * and headers in the order and case sent, then the body) and answers it with the fixture of its
 * route, keeping the connection open. It answers {@code Expect: 100-continue} with {@code 100
 * Continue} before reading the body, as nginx does. Bodies must have a {@code Content-Length}; a
 * request it cannot read is recorded as a failure. For {@link RequestCheck}, not for measuring.
 */
final class WireRecorder implements AutoCloseable {
  private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};
  private static final int MAX_HEAD = 64 * 1024;

  /**
   * One request as it arrived.
   *
   * @param head the request line and headers, up to and including the empty line
   * @param body the body, empty when there is none
   */
  record Recorded(byte[] head, byte[] body) {
    /** {@return the head as text (HTTP heads are ISO-8859-1)} */
    String headText() {
      return new String(head, StandardCharsets.ISO_8859_1);
    }

    /** {@return the request line, e.g. {@code POST /v1/agents HTTP/1.1}} */
    String requestLine() {
      String text = headText();
      return text.substring(0, text.indexOf("\r\n"));
    }

    /** {@return the head's lines after the request line, without the empty last one} */
    List<String> headerLines() {
      List<String> lines = new ArrayList<>(Arrays.asList(headText().split("\r\n")));
      lines.remove(0);
      return lines;
    }

    /** {@return the first value of a header, by case-insensitive name, or null} */
    @Nullable String header(String name) {
      for (String line : headerLines()) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    /** {@return whether both were sent as the same bytes} */
    boolean sameBytes(Recorded o) {
      return Arrays.equals(head, o.head) && Arrays.equals(body, o.body);
    }
  }

  private final Map<String, byte[]> bodies;
  private final ServerSocket server;
  private final List<Recorded> seen = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<Socket> connections = new ArrayList<>();

  /**
   * Starts the server on a free loopback port.
   *
   * @param bodies the fixtures' bodies by file name ({@link Fixtures#bodies()})
   * @throws UncheckedIOException when no port can be opened
   */
  WireRecorder(Map<String, byte[]> bodies) {
    this.bodies = bodies;
    try {
      server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "wire-recorder");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@return the base URL to send requests to, without a trailing slash} */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** {@return the requests recorded since the last call, in arrival order; forgets them} */
  synchronized List<Recorded> take() {
    List<Recorded> taken = List.copyOf(seen);
    seen.clear();
    return taken;
  }

  /** {@return the requests the server could not read, since it started} */
  synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        synchronized (this) {
          connections.add(socket);
        }
        Thread t = new Thread(() -> serve(socket), "wire-recorder-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      exchanges(socket);
    } catch (IOException e) {
      // the close failed: nothing left to answer; exchanges() recorded any failure before
    }
  }

  /** Reads and answers requests until the client closes; a failure is recorded before the socket closes. */
  private void exchanges(Socket socket) {
    try {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      byte[] head;
      while ((head = readHead(in)) != null) {
        Recorded partial = new Recorded(head, new byte[0]);
        if ("100-continue".equalsIgnoreCase(partial.header("Expect"))) {
          out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        }
        if (partial.header("Transfer-Encoding") != null) {
          throw new IOException("a chunked body: " + partial.requestLine());
        }
        String length = partial.header("Content-Length");
        int expected = length == null ? 0 : Integer.parseInt(length);
        byte[] body = in.readNBytes(expected);
        if (body.length < expected) {
          throw new IOException("the connection ended within the body of " + partial.requestLine());
        }
        synchronized (this) {
          seen.add(new Recorded(head, body));
        }
        answer(out, partial.requestLine());
      }
    } catch (IOException | RuntimeException e) {
      if (!server.isClosed()) {
        synchronized (this) {
          problems.add(e.toString());
        }
      }
    }
  }

  /** The head up to and including the empty line, or null at the end of the stream before one. */
  private static byte @Nullable [] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < END_OF_HEAD.length) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("the connection ended within a request head");
      }
      head.write(b);
      matched = b == END_OF_HEAD[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD) {
        throw new IOException("a request head over " + MAX_HEAD + " bytes");
      }
    }
    return head.toByteArray();
  }

  private void answer(OutputStream out, String requestLine) throws IOException {
    String[] parts = requestLine.split(" ");
    URI uri = URI.create(parts.length > 1 ? parts[1] : "/");
    String file = BenchServer.route(uri.getPath(), uri.getRawQuery());
    byte[] body = file == null ? null : bodies.get(file);
    String status = body == null ? "404 Not Found" : "200 OK";
    byte[] payload = body == null ? new byte[0] : body;
    String head = String.format(Locale.ROOT,
        "HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", status, payload.length);
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(payload);
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.close();
      synchronized (this) {
        for (Socket s : connections) {
          s.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
