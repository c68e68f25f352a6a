package io.github.mistral4j.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short overloads without a calls method: the twin calls its full overload with the defaults. */
class ShortOverloadTest {
  @TempDir Path work;

  @Test
  void shortOverload_callsTheTwinsFullOverload_withTheNoneOfEachTypeLeftOut() {
    Compilation compilation = Compilation.of(work, ShortOverloadSources.client(), false);

    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();
    String twin = compilation.source("demo/GadgetsAsyncClient.java");
    assertThat(twin).contains("import demo.params.Tag;\n").contains("""
          /**
           * Gets a gadget, asynchronously: see {@link GadgetsClient#get(String)}.
           *
           * @param id the id
           * @return a future completed with the result, or with the exception the call failed with: the name
           */
          public CompletableFuture<String> get(String id) {
            return get(id, Tag.none(), RequestOptions.none());
          }
        """).contains("""
          public CompletableFuture<String> get(String id, Tag tag) {
            return get(id, tag, RequestOptions.none());
          }
        """).contains("""
          public CompletableFuture<String> get(String id, Tag tag, RequestOptions options) {
            return transport.runAsync(() -> calls.get(id, tag, options));
          }
        """);
  }

  @Test
  void shortOverloadOfAnAutoPager_isAnAsyncAutoPager_documentedAsOne() {
    String twin = Compilation.of(work, ShortOverloadSources.client(), false).source("demo/GadgetsAsyncClient.java");

    assertThat(twin).contains("""
           * @return a lazy async auto-pager: nothing is fetched before a traversal starts, each page is fetched
        """).contains("""
          public AsyncAutoPager<String> listAll() {
            return listAll(RequestOptions.none());
          }
        """);
  }

  @Test
  void shortMethod_whoseOverloadAddsATypeWithoutNone_callsTheMarkedClassAsBefore() {
    String twin = Compilation.of(work, ShortOverloadSources.client(), false).source("demo/GadgetsAsyncClient.java");

    assertThat(twin).contains("""
          public String name(String id) {
            return sync.name(id);
          }
        """);
  }

  @Test
  void shortMethod_whoseFullOverloadIsNoOperation_callsTheMarkedClassAsBefore() {
    String client = ShortOverloadSources.CLIENT.replace(
        "return calls.listAll(options).autoPager(transport);", "throw new UnsupportedOperationException();");
    String calls = ShortOverloadSources.CALLS.replace("Listing<String> listAll(", "Listing<String> unused(");
    Map<String, String> sources = new HashMap<>(ShortOverloadSources.client());
    sources.put("demo/GadgetsClient.java", client);
    sources.put("demo/GadgetsCalls.java", calls);

    Compilation compilation = Compilation.of(work, sources, false);

    assertThat(compilation.success()).isTrue();
    assertThat(compilation.source("demo/GadgetsAsyncClient.java")).contains("""
          public AutoPager<String> listAll() {
            return sync.listAll();
          }
        """);
  }

  @Test
  void shortMethod_withItsOwnCallsMethod_remainsAnOperation() {
    String calls = ShortOverloadSources.CALLS.replace("""
          ApiCall<String> name(String id, String suffix) {""", """
          ApiCall<String> get(String id) {
            return get(id, Tag.none(), RequestOptions.none());
          }

          ApiCall<String> name(String id, String suffix) {""");
    Map<String, String> sources = new HashMap<>(ShortOverloadSources.client());
    sources.put("demo/GadgetsCalls.java", calls);

    String twin = Compilation.of(work, sources, false).source("demo/GadgetsAsyncClient.java");

    assertThat(calls).isNotEqualTo(ShortOverloadSources.CALLS);
    assertThat(twin).contains("""
          public CompletableFuture<String> get(String id) {
            return transport.runAsync(() -> calls.get(id));
          }
        """);
  }

  @Test
  void twinWithShortOverloads_passesDoclint_inALaterPass() {
    Compilation first = Compilation.of(work.resolve("a"), ShortOverloadSources.client(), false);
    Map<String, String> all = new HashMap<>(ShortOverloadSources.client());
    all.putAll(first.generated());

    Compilation again = Compilation.withoutProcessors(work.resolve("b"), all);

    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.success()).isTrue();
  }

  @Test
  void twoFullOverloadsWithTheFewestDefaults_areAnError() {
    String client = ShortOverloadSources.CLIENT.replace("""
          /**
           * Every gadget.
        """, """
          /**
           * Gets a gadget with options only.
           *
           * @param id the id
           * @param options per-call options
           * @return the name
           */
          public String get(String id, RequestOptions options) {
            return transport.run(calls.get(id, options));
          }

          /**
           * Every gadget.
        """);
    String calls = ShortOverloadSources.CALLS.replace("""
          ApiCall<String> name(String id, String suffix) {""", """
          ApiCall<String> get(String id, RequestOptions options) {
            return get(id, Tag.none(), options);
          }

          ApiCall<String> get(String id, Tag tag) {
            return get(id, tag, RequestOptions.none());
          }

          ApiCall<String> name(String id, String suffix) {""");
    Map<String, String> sources = new HashMap<>(ShortOverloadSources.client());
    sources.put("demo/GadgetsClient.java", client);
    sources.put("demo/GadgetsCalls.java", calls);

    Compilation compilation = Compilation.of(work, sources, false);

    assertThat(client).isNotEqualTo(ShortOverloadSources.CLIENT);
    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics()).anyMatch(d -> d.startsWith("ERROR GadgetsClient.java:")
        && d.endsWith("The short overload get(java.lang.String) of a class with an async twin matches"
            + " get(java.lang.String,demo.params.Tag) and get(java.lang.String,io.github.mistral4j.core.RequestOptions)"
            + " alike: give it its own calls method"));
  }
}
