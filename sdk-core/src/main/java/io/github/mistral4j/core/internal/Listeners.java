package io.github.mistral4j.core.internal;

import io.github.mistral4j.core.ClientOptions;
import io.github.mistral4j.core.observability.MistralListener;
import io.github.mistral4j.core.observability.ToolCallCompleted;
import io.github.mistral4j.core.observability.ToolCallStarted;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Calls listeners so that none can break a call: whatever one throws (short of the JVM's own
 * errors) is logged on {@code io.github.mistral4j.listener} and the next listener is called.
 */
public final class Listeners {
  private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();
  static final System.Logger LOG = System.getLogger("io.github.mistral4j.listener");

  private Listeners() {}

  /** {@return a new id for an operation or a tool call, unique within the JVM} */
  public static long nextId() {
    return IDS.incrementAndGet();
  }

  /**
   * Tells every listener of the options that a tool call starts (for the agent framework bridges).
   *
   * @param options the options of the client that makes the call
   * @param event the tool call
   */
  public static void toolCallStarted(ClientOptions options, ToolCallStarted event) {
    notify(options.listeners(), event, MistralListener::toolCallStarted);
  }

  /**
   * Tells every listener of the options that a tool call ended (for the agent framework bridges).
   *
   * @param options the options of the client that made the call
   * @param event the tool call
   */
  public static void toolCallCompleted(ClientOptions options, ToolCallCompleted event) {
    notify(options.listeners(), event, MistralListener::toolCallCompleted);
  }

  static <E> void notify(List<MistralListener> listeners, E event, BiConsumer<MistralListener, E> call) {
    for (MistralListener listener : listeners) {
      try {
        call.accept(listener, event);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        LOG.log(
            Level.WARNING,
            () -> "listener " + listener.getClass().getName() + " threw on " + event.getClass().getSimpleName() + "; ignored",
            t);
      }
    }
  }
}
