package io.github.mistral4j.codegen.processor;

import java.util.Map;

/**
 * A small client marked {@code @AsyncTwin} and {@code @RawView} whose operations are declared, with
 * their doc comments, by an operations interface in its package that it implements.
 */
final class OperationsSources {
  private OperationsSources() {}

  static final String OPERATIONS = """
      package demo;

      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.page.Page;

      /** The operations on gadgets. */
      public interface GadgetsOperations {
        /**
         * Gets a gadget. More words.
         *
         * @param id the gadget's id
         * @param options per-call options
         * @return the gadget's name
         * @throws IllegalArgumentException when {@code id} is blank
         */
        String get(String id, RequestOptions options);

        /**
         * Gets a gadget.
         *
         * @param id the gadget's id
         * @return the gadget's name
         */
        default String get(String id) {
          return get(id, RequestOptions.none());
        }

        /**
         * Lists gadgets.
         *
         * @return the first page
         * @deprecated use {@link #get(String, RequestOptions)}
         */
        @Deprecated
        Page<String> list();
      }
      """;

  static final String CLIENT = """
      package demo;

      import io.github.mistral4j.core.ClientOptions;
      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.internal.AsyncTwin;
      import io.github.mistral4j.core.internal.MistralTransport;
      import io.github.mistral4j.core.internal.RawView;
      import io.github.mistral4j.core.internal.RawViews;
      import io.github.mistral4j.core.page.Page;

      /** Gadgets, the demo client. */
      @AsyncTwin
      @RawView
      public final class GadgetsClient implements GadgetsOperations, AutoCloseable {
        private final MistralTransport transport;
        private final GadgetsCalls calls;
        private final GadgetsAsyncClient async;

        private GadgetsClient(MistralTransport transport) {
          this.transport = transport;
          this.calls = new GadgetsCalls();
          this.async = new GadgetsAsyncClient(this, calls, transport);
        }

        /**
         * Creates a client.
         *
         * @param options the client options
         * @return the client
         */
        public static GadgetsClient create(ClientOptions options) {
          return new GadgetsClient(MistralTransport.create(options));
        }

        /** {@return the same operations, asynchronous} */
        public GadgetsAsyncClient async() {
          return async;
        }

        @Override
        public String get(String id, RequestOptions options) {
          return transport.run(calls.get(id, options));
        }

        @Deprecated
        @Override
        public Page<String> list() {
          return calls.list().page(transport);
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
        public RawGadgetsClient withRawResponse() {
          return RawViews.of(RawGadgetsClient.class, this);
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

      final class GadgetsCalls {
        ApiCall<String> get(String id) {
          return get(id, RequestOptions.none());
        }

        ApiCall<String> get(String id, RequestOptions options) {
          return ApiCall.of(options, () -> id);
        }

        Listing<String> list() {
          return Listing.single(ApiCall.of(RequestOptions.none(), () -> new Slice<String>(List.of(), null, "body")));
        }
      }
      """;

  /** {@return the operations interface, the client and its calls class, by path} */
  static Map<String, String> client() {
    return Map.of(
        "demo/GadgetsOperations.java", OPERATIONS, "demo/GadgetsClient.java", CLIENT, "demo/GadgetsCalls.java", CALLS);
  }
}
