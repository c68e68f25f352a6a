package io.github.mistral4j.core.internal;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Receives the bodies of async calls without blocking any thread and without holding more than
 * the call's limit: a {@code Content-Length} above the limit is refused before any byte is read,
 * and a body growing past the limit (or past its declared length) is refused as soon as it does;
 * either way the subscription is cancelled, which releases the connection (HTTP/1.1 closes it,
 * HTTP/2 resets the stream). The {@link BoundedBodies} rules, for bodies that arrive in pieces.
 */
final class AsyncBodies {
  private AsyncBodies() {}

  /**
   * The handler of one attempt.
   *
   * @param limit the most bytes accepted
   * @param request the request, described for messages
   * @param holder told of the subscription, so that a deadline can cancel it
   */
  static BodyHandler<byte[]> bounded(long limit, String request, Holder holder) {
    return info -> new Bounded(declared(info), limit, request, holder);
  }

  /** Keeps the subscription of an attempt's body, for cancelling it from another thread. */
  static final class Holder {
    private Flow.@Nullable Subscription subscription;
    private boolean cancelled;
    private volatile @Nullable IOException refusal;

    /**
     * Why the body was refused, if it was: the attempt's failure, whatever the JDK reports after
     * the subscription is cancelled (over HTTP/2, a reset stream).
     */
    @Nullable IOException refusal() {
      return refusal;
    }

    synchronized void set(Flow.Subscription s) {
      if (cancelled) {
        s.cancel();
      } else {
        subscription = s;
      }
    }

    /** Cancels the body's subscription, now or as soon as there is one. */
    void cancel() {
      Flow.Subscription s;
      synchronized (this) {
        cancelled = true;
        s = subscription;
      }
      if (s != null) {
        s.cancel();
      }
    }
  }

  private static long declared(ResponseInfo info) {
    return info.headers().firstValueAsLong("content-length").orElse(-1);
  }

  private static final class Bounded implements BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final long declared;
    private final long limit;
    private final String request;
    private final Holder holder;
    private byte[] bytes = new byte[0];
    private int size;
    private Flow.@Nullable Subscription subscription;

    Bounded(long declared, long limit, String request, Holder holder) {
      this.declared = declared;
      this.limit = limit;
      this.request = request;
      this.holder = holder;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > limit) {
        refuse(new ResponseTooLargeException(request, limit));
        return;
      }
      holder.set(s);
      bytes = new byte[(int) Math.min(declared >= 0 ? declared : 8 * 1024, limit + 1)];
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        int n = item.remaining();
        if (size + (long) n > limit) {
          refuse(new ResponseTooLargeException(request, limit));
          return;
        }
        if (declared >= 0 && size + (long) n > declared) {
          // the JDK checks this over HTTP/1.1 only: a longer body would go unbounded otherwise
          refuse(new IOException("response body longer than its Content-Length of " + declared + " bytes"));
          return;
        }
        if (size + n > bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(limit + 1, Math.max(2L * bytes.length, size + (long) n)));
        }
        item.get(bytes, size, n);
        size += n;
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      body.complete(size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size));
    }

    private void refuse(IOException failure) {
      holder.refusal = failure;
      body.completeExceptionally(failure);
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }
  }
}
