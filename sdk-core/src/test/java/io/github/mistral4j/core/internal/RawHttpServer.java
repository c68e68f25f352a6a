package io.github.mistral4j.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server whose answers are written by hand, for bodies WireMock cannot play
 * (endless, chunked without end, close-delimited). Counts the connections it accepted and the ones
 * the client closed.
 */
final class RawHttpServer implements AutoCloseable {
  /** Writes the answer to one request on an open connection. */
  interface Answer {
    void write(OutputStream out) throws IOException;
  }

  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger closedByClient = new AtomicInteger();
  private final ServerSocket server;
  private final java.util.Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-http-server");
    t.setDaemon(true);
    return t;
  });

  RawHttpServer(Answer answer) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(() -> {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          accepted.incrementAndGet();
          open.add(socket);
          threads.execute(() -> serve(socket, answer));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private void serve(Socket socket, Answer answer) {
    try (socket) {
      InputStream in = socket.getInputStream();
      readHead(in);
      answer.write(socket.getOutputStream());
      socket.getOutputStream().flush();
      // wait for the client to close (or the test to end)
      while (in.read() >= 0) {
        // discard
      }
      closedByClient.incrementAndGet();
    } catch (IOException e) {
      closedByClient.incrementAndGet(); // a reset while writing is the client closing too
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the request head ended");
      }
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
    }
  }

  /** Writes {@code head} then body chunks of {@code chunk} bytes until the client goes away. */
  static Answer endless(String head, byte[] chunk, boolean chunked) {
    return out -> {
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] frame = chunk;
      if (chunked) {
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        frame = new byte[size.length + chunk.length + 2];
        System.arraycopy(size, 0, frame, 0, size.length);
        System.arraycopy(chunk, 0, frame, size.length, chunk.length);
        frame[frame.length - 2] = '\r';
        frame[frame.length - 1] = '\n';
      }
      for (long sent = 0; sent < (1L << 34); sent += chunk.length) {
        out.write(frame);
      }
    };
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
