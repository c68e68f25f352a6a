package io.github.mistral4j.codegen.processor;

import java.util.Map;

/** A small client marked {@code @AsyncTwin} with its calls class, covering the rules of the processor. */
final class TwinSources {
  private TwinSources() {}

  static final String CLIENT = """
      package demo;

      import io.github.mistral4j.core.ClientOptions;
      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.internal.AsyncTwin;
      import io.github.mistral4j.core.internal.MistralTransport;
      import io.github.mistral4j.core.internal.RawView;
      import io.github.mistral4j.core.internal.RawViews;
      import io.github.mistral4j.core.page.AutoPager;
      import io.github.mistral4j.core.page.Page;
      import org.jspecify.annotations.Nullable;

      /** Widgets, the demo client. */
      @AsyncTwin
      @RawView
      public final class WidgetsClient implements AutoCloseable {
        private final MistralTransport transport;
        private final WidgetsCalls calls;
        private final WidgetsAsyncClient async;

        private WidgetsClient(MistralTransport transport) {
          this.transport = transport;
          this.calls = new WidgetsCalls();
          this.async = new WidgetsAsyncClient(this, calls, transport);
        }

        /**
         * Creates a client. More words.
         *
         * @param options the client options
         * @return the client
         * @throws IllegalStateException when the key is missing
         */
        public static WidgetsClient create(ClientOptions options) {
          return new WidgetsClient(MistralTransport.create(options));
        }

        /** {@return the options this client was built with} */
        public ClientOptions options() {
          return transport.options();
        }

        /** {@return the same operations, asynchronous} */
        public WidgetsAsyncClient async() {
          return async;
        }

        /**
         * Gets a widget. More words that the twin leaves out.
         *
         * @param id the widget's id
         * @param options per-call options
         * @return the widget's name
         * @throws IllegalArgumentException when {@code id} is blank
         */
        public String get(String id, RequestOptions options) {
          return transport.run(calls.get(id, options));
        }

        /**
         * Deletes a widget.
         *
         * @param id the id
         */
        public void delete(String id) {
          transport.run(calls.delete(id));
        }

        /**
         * Lists widgets.
         *
         * @param label a label, or null
         * @return the first page, {@linkplain Page#nextPage() followed} on demand
         * @deprecated use {@link #get(String, RequestOptions)}
         */
        @Deprecated
        public Page<String> list(@Nullable String label) {
          return calls.list(label).page(transport);
        }

        /**
         * Every widget.
         *
         * @param label a label, or null
         * @return every widget, lazily
         */
        public AutoPager<String> listAll(@Nullable String label) {
          return calls.listAll(label).autoPager(transport);
        }

        /** Closes the client. */
        @Override
        public void close() {
          transport.close();
        }

        /**
         * The raw view.
         *
         * @return the raw view
         */
        public RawWidgetsClient withRawResponse() {
          return RawViews.of(RawWidgetsClient.class, this);
        }
      }
      """;

  static final String CALLS = """
      package demo;

      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.internal.ApiCall;
      import io.github.mistral4j.core.internal.Listing;
      import io.github.mistral4j.core.page.Slice;
      import java.util.List;
      import org.jspecify.annotations.Nullable;

      final class WidgetsCalls {
        ApiCall<String> get(String id, RequestOptions options) {
          return ApiCall.of(options, () -> id);
        }

        ApiCall<@Nullable Void> delete(String id) {
          return ApiCall.<@Nullable Void>of(RequestOptions.none(), () -> null);
        }

        Listing<String> list(@Nullable String label) {
          return Listing.single(ApiCall.of(RequestOptions.none(), () -> new Slice<String>(List.of(), null, "body")));
        }

        Listing<String> listAll(@Nullable String label) {
          return list(label);
        }
      }
      """;

  /** {@return the client and its calls class, by path} */
  static Map<String, String> client() {
    return Map.of("demo/WidgetsClient.java", CLIENT, "demo/WidgetsCalls.java", CALLS);
  }
}
