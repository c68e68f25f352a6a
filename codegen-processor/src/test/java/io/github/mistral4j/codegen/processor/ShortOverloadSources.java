package io.github.mistral4j.codegen.processor;

import java.util.Map;

/** A small client whose short overloads have no calls method: the twin derives them. */
final class ShortOverloadSources {
  private ShortOverloadSources() {}

  static final String TAG = """
      package demo.params;

      /**
       * A parameter type with a default.
       *
       * @param value the value
       */
      public record Tag(String value) {
        /** {@return no tag} */
        public static Tag none() {
          return new Tag("");
        }
      }
      """;

  static final String CLIENT = """
      package demo;

      import demo.params.Tag;
      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.internal.AsyncTwin;
      import io.github.mistral4j.core.internal.MistralTransport;
      import io.github.mistral4j.core.page.AutoPager;

      /** Gadgets, the demo client. */
      @AsyncTwin
      public final class GadgetsClient {
        private final MistralTransport transport;
        private final GadgetsCalls calls;

        GadgetsClient(MistralTransport transport) {
          this.transport = transport;
          this.calls = new GadgetsCalls();
        }

        /**
         * Gets a gadget.
         *
         * @param id the id
         * @return the name
         */
        public String get(String id) {
          return get(id, Tag.none(), RequestOptions.none());
        }

        /**
         * Gets a gadget by tag.
         *
         * @param id the id
         * @param tag the tag
         * @return the name
         */
        public String get(String id, Tag tag) {
          return get(id, tag, RequestOptions.none());
        }

        /**
         * Gets a gadget with options.
         *
         * @param id the id
         * @param tag the tag
         * @param options per-call options
         * @return the name
         */
        public String get(String id, Tag tag, RequestOptions options) {
          return transport.run(calls.get(id, tag, options));
        }

        /**
         * Every gadget.
         *
         * @return every gadget, lazily
         */
        public AutoPager<String> listAll() {
          return listAll(RequestOptions.none());
        }

        /**
         * Every gadget, with options.
         *
         * @param options per-call options
         * @return every gadget, lazily
         */
        public AutoPager<String> listAll(RequestOptions options) {
          return calls.listAll(options).autoPager(transport);
        }

        /**
         * Names a gadget.
         *
         * @param id the id
         * @return the name
         */
        public String name(String id) {
          return name(id, "x");
        }

        /**
         * Names a gadget with a suffix.
         *
         * @param id the id
         * @param suffix the suffix
         * @return the name
         */
        public String name(String id, String suffix) {
          return transport.run(calls.name(id, suffix));
        }
      }
      """;

  static final String CALLS = """
      package demo;

      import demo.params.Tag;
      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.internal.ApiCall;
      import io.github.mistral4j.core.internal.Listing;
      import io.github.mistral4j.core.page.Slice;
      import java.util.List;

      final class GadgetsCalls {
        ApiCall<String> get(String id, Tag tag, RequestOptions options) {
          return ApiCall.of(options, () -> id + tag.value());
        }

        ApiCall<String> name(String id, String suffix) {
          return ApiCall.of(RequestOptions.none(), () -> id + suffix);
        }

        Listing<String> listAll(RequestOptions options) {
          return Listing.single(ApiCall.of(options, () -> new Slice<String>(List.of(), null, "body")));
        }
      }
      """;

  /** {@return the client, its calls class and its parameter type, by path} */
  static Map<String, String> client() {
    return Map.of("demo/GadgetsClient.java", CLIENT, "demo/GadgetsCalls.java", CALLS, "demo/params/Tag.java", TAG);
  }
}
