package io.github.mistral4j.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The async twin processor run by javac on a small client, as the API modules run it. */
class AsyncTwinProcessorTest {
  @TempDir Path work;

  @Test
  void twin_hasEveryMethod_withDerivedJavadoc_andItsRawView() {
    Compilation compilation = Compilation.of(work, TwinSources.client(), false);

    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();
    assertThat(compilation.generated()).containsKey("demo/RawWidgetsAsyncClient.java");
    String twin = compilation.source("demo/WidgetsAsyncClient.java");
    assertThat(twin).contains("""
        @Generated("io.github.mistral4j.codegen.processor.AsyncTwinProcessor")
        @RawView
        public final class WidgetsAsyncClient implements AutoCloseable {
          private final WidgetsClient sync;
        """).contains("""
          WidgetsAsyncClient(WidgetsClient sync, WidgetsCalls calls, MistralTransport transport) {
        """).contains("""
          /**
           * Creates a client. See {@link WidgetsClient#create(ClientOptions)}.
           *
           * @param options the client options
           * @return the client
           * @throws java.lang.IllegalStateException when the key is missing
           */
          public static WidgetsAsyncClient create(ClientOptions options) {
            return WidgetsClient.create(options).async();
          }
        """).contains("""
          /**
           * {@return the options this client was built with}
           */
          public ClientOptions options() {
            return sync.options();
          }
        """).contains("""
          /**
           * {@return the synchronous client sharing this client's connections and threads}
           */
          public WidgetsClient sync() {
            return sync;
          }
        """).contains("""
          /**
           * Gets a widget, asynchronously: see {@link WidgetsClient#get(String, RequestOptions)}.
           *
           * <p>Instead of throwing, the future fails with {@link java.lang.IllegalArgumentException} when {@code id} is blank.
           *
           * @param id the widget's id
           * @param options per-call options
           * @return a future completed with the result, or with the exception the call failed with: the widget's name
           */
          public CompletableFuture<String> get(String id, RequestOptions options) {
            return transport.runAsync(() -> calls.get(id, options));
          }
        """).contains("""
          public CompletableFuture<@Nullable Void> delete(String id) {
            return transport.runAsync(() -> calls.delete(id));
          }
        """).contains("""
           * @return a future completed with the result, or with the exception the call failed with: the first page, {@linkplain AsyncPage#nextPage() followed} on demand
           * @deprecated use {@link WidgetsAsyncClient#get(String, RequestOptions)}
           */
          @Deprecated
          public CompletableFuture<AsyncPage<String>> list(@Nullable String label) {
            return Listing.pageAsync(transport, () -> calls.list(label));
          }
        """).contains("""
          public AsyncAutoPager<String> listAll(@Nullable String label) {
            return Listing.autoPagerAsync(transport, () -> calls.listAll(label));
          }
        """).contains("""
          @Override
          public void close() {
            sync.close();
          }
        """).contains("""
          public RawWidgetsAsyncClient withRawResponse() {
            return RawViews.of(RawWidgetsAsyncClient.class, this);
          }
        """);
  }

  @Test
  void twinAndRawView_passDoclint_inALaterPass() {
    Compilation first = Compilation.of(work.resolve("a"), TwinSources.client(), false);
    Map<String, String> all = new java.util.HashMap<>(TwinSources.client());
    first.generated().forEach(all::put);

    Compilation again = Compilation.withoutProcessors(work.resolve("b"), all);

    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.success()).isTrue();
  }

  @Test
  void missingCallsClass_isAnError() {
    Compilation compilation = Compilation.of(work, Map.of("demo/WidgetsClient.java", TwinSources.CLIENT), false);

    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics())
        .anyMatch(d -> d.startsWith("ERROR WidgetsClient.java:") && d.endsWith("A class with an async twin needs its operations in demo.WidgetsCalls"));
  }

  @Test
  void nameWithoutClientOrServiceSuffix_isAnError() {
    Compilation compilation = Compilation.of(work, Map.of("demo/Widgets.java", """
        package demo;

        /** Widgets. */
        @io.github.mistral4j.core.internal.AsyncTwin
        public final class Widgets {}
        """), false);

    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics()).contains("ERROR Widgets.java:5: A class with an async twin is named ...Client or ...Service");
  }

  @Test
  void operationWithoutReturnTag_isAnError() {
    String client = TwinSources.CLIENT.replace("   * @return the widget's name\n", "");
    Compilation compilation =
        Compilation.of(work, Map.of("demo/WidgetsClient.java", client, "demo/WidgetsCalls.java", TwinSources.CALLS), false);

    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics()).anyMatch(d -> d.endsWith("The doc comment has no @return to derive the async twin's from"));
  }

  @Test
  void operationWithoutDocComment_isAnError() {
    String client = TwinSources.CLIENT.replace("""
          /**
           * Deletes a widget.
           *
           * @param id the id
           */
        """, "");
    Compilation compilation =
        Compilation.of(work, Map.of("demo/WidgetsClient.java", client, "demo/WidgetsCalls.java", TwinSources.CALLS), false);

    assertThat(client).isNotEqualTo(TwinSources.CLIENT);
    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics()).anyMatch(d -> d.endsWith("A method mirrored by an async twin needs a doc comment"));
  }
}
