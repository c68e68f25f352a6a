package io.github.mistral4j.core.internal;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells failures of requests that provably never reached the server as a complete request, so that
 * even a non-idempotent one may be replayed.
 *
 * <p>The proof is about bytes, not messages: the request body is handed to the JDK client through
 * {@link TrackedBody}, which records the first byte it hands over. A request with a non-empty body
 * whose body was never handed over cannot have been received whole by the server, whatever the
 * JDK did with its headers: a server cannot act on a body it never got. The adapter marks such a
 * failure as {@link UnsentRequestException}. Nothing else is marked: a failure after the body left
 * (even one the JDK reports as "header parser received no bytes") may follow a request the server
 * read and executed, and is never replayed.
 *
 * <p>To make the proof cover stale keep-alive connections, a non-idempotent request with a body
 * sent over HTTP/1.1 asks {@code Expect: 100-continue}: the JDK then sends the body only once the server has answered
 * the headers on that connection, so a connection the server already closed fails before the body
 * is handed over.
 */
final class UnsentRequests {
  private UnsentRequests() {}

  /**
   * Whether the request should wait for {@code 100 Continue} before sending its body: only a
   * non-idempotent request with a body, the only kind whose replay needs the proof.
   */
  static boolean expectContinue(Request request) {
    byte[] body = request.body();
    return body != null && body.length > 0 && isNonIdempotent(request);
  }

  /**
   * Whether the failure, or one of its causes, proves the request never reached the server whole.
   */
  static boolean provablyUnsent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnsentRequestException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The failure to report for a request: marked as unsent when its body had bytes and none of them
   * was handed to the JDK client.
   */
  static IOException classify(IOException failure, HttpRequest request) {
    HttpRequest.BodyPublisher body = request.bodyPublisher().orElse(null);
    if (body instanceof TrackedBody tracked && tracked.length > 0 && !tracked.handedOver()) {
      return new UnsentRequestException(failure);
    }
    return failure;
  }

  static boolean isNonIdempotent(Request request) {
    RequestTemplate template = request.requestTemplate();
    MethodMetadata metadata = template == null ? null : template.methodMetadata();
    return metadata != null && metadata.method() != null && metadata.method().isAnnotationPresent(NonIdempotent.class);
  }

  /** A failure before any byte of the request body was handed to the HTTP client. */
  static final class UnsentRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsentRequestException(IOException cause) {
      super("request body never sent: " + cause.getMessage(), cause);
    }
  }

  /** A byte-array body publisher that remembers whether it handed any byte to its subscriber. */
  static final class TrackedBody implements HttpRequest.BodyPublisher {
    private final HttpRequest.BodyPublisher delegate;
    private final int length;
    private final AtomicBoolean handedOver = new AtomicBoolean();

    TrackedBody(byte[] body) {
      this.delegate = HttpRequest.BodyPublishers.ofByteArray(body);
      this.length = body.length;
    }

    /** Whether any byte was handed over, to any subscription (the JDK may subscribe more than once). */
    boolean handedOver() {
      return handedOver.get();
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      delegate.subscribe(new Flow.Subscriber<ByteBuffer>() {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
          subscriber.onSubscribe(subscription);
        }

        @Override
        public void onNext(ByteBuffer item) {
          if (item.hasRemaining()) {
            handedOver.set(true); // before the JDK sees the bytes
          }
          subscriber.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
          subscriber.onError(throwable);
        }

        @Override
        public void onComplete() {
          subscriber.onComplete();
        }
      });
    }
  }
}
