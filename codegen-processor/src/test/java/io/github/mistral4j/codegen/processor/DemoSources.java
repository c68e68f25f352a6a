package io.github.mistral4j.codegen.processor;

import java.util.Map;

/** Small services marked {@code @RawView}, covering every rule of the processor. */
final class DemoSources {
  private DemoSources() {}

  static final String THINGS = """
      package demo;

      import io.github.mistral4j.core.RequestOptions;
      import io.github.mistral4j.core.internal.RawView;
      import io.github.mistral4j.core.internal.RawViews;
      import io.github.mistral4j.core.page.AutoPager;
      import io.github.mistral4j.core.page.Page;
      import java.util.List;
      import org.jspecify.annotations.Nullable;

      /** Things, the demo service. */
      @RawView
      public final class ThingsService implements AutoCloseable {
        /** Creates the service. */
        public ThingsService() {}

        /** {@return the options} */
        public RequestOptions options() {
          return RequestOptions.none();
        }

        /** {@return the parts of things} */
        public PartsService parts() {
          return new PartsService();
        }

        /**
         * Gets a thing. More words that the view leaves out.
         *
         * @param id the thing's id, as {@link List#of()}
         *     gives it
         * @param label a label, or null
         * @return the thing's name; see {@link PartsService#remove(String) remove}
         * @throws IllegalArgumentException when {@code id} is blank
         */
        public String get(String id, @Nullable String label) {
          return id;
        }

        /**
         * Lists things.
         *
         * @param options per-call options
         * @return the first page, {@linkplain Page#nextPage() followed} on demand
         */
        public Page<String> list(RequestOptions options) {
          return Page.single(List.of(), this);
        }

        /**
         * Every thing.
         *
         * @return a lazy iterable
         */
        public AutoPager<String> listAll() {
          return AutoPager.from(() -> list(RequestOptions.none()));
        }

        /**
         * Deletes a thing.
         *
         * @param id the id
         */
        public void delete(String id) {}

        /**
         * Counts things, the old way.
         *
         * @param ids the ids
         * @return how many &amp; which
         * @deprecated use {@link #get(String, String)}
         */
        @Deprecated
        public Integer count(String... ids) {
          return ids.length;
        }

        /**
         * The old name.
         *
         * @return nothing
         * @deprecated gone soon
         */
        @Deprecated(forRemoval = true, since = "0.1.0")
        public String old() {
          return "";
        }

        /** {@return a constant} */
        public static String constant() {
          return "";
        }

        /** {@return the operations with the HTTP response} */
        public RawThingsService withRawResponse() {
          return RawViews.of(RawThingsService.class, this);
        }

        @Override
        public void close() {}
      }
      """;

  static final String PARTS = """
      package demo;

      import io.github.mistral4j.core.internal.RawView;
      import java.util.List;
      import java.util.Map;
      import java.util.concurrent.CompletableFuture;
      import org.jspecify.annotations.Nullable;

      /** Parts of things, asynchronously. */
      @RawView
      public final class PartsService {
        PartsService() {}

        /**
         * Removes a part.
         *
         * @param id the part's id
         * @return a future completed with {@code null}
         */
        public CompletableFuture<@Nullable Void> remove(String id) {
          return CompletableFuture.completedFuture(null);
        }

        /**
         * Names parts.
         *
         * @param filter the filter
         * @return a future completed with the names
         */
        public CompletableFuture<List<? extends CharSequence>> names(Map<String, ?> filter) {
          return CompletableFuture.completedFuture(List.of());
        }
      }
      """;

  /** {@return the two demo services by path} */
  static Map<String, String> services() {
    return Map.of("demo/ThingsService.java", THINGS, "demo/PartsService.java", PARTS);
  }

  /**
   * A one-class service.
   *
   * @param annotation the annotation as written, such as {@code @RawView}
   * @param members the class body
   * @return the source by path
   */
  static Map<String, String> service(String annotation, String members) {
    String text = """
        package demo;

        import io.github.mistral4j.core.internal.RawView;
        import java.util.List;

        /** A demo service. */
        %s
        public final class DemoService {
          /** Creates it. */
          public DemoService() {}

        %s
        }
        """.formatted(annotation, members.indent(2));
    return Map.of("demo/DemoService.java", text);
  }
}
