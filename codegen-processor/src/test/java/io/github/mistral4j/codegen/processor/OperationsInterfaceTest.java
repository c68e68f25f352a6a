package io.github.mistral4j.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both processors on a client whose operations, and their doc comments, come from an operations
 * interface in its package: the interface's methods (abstract and default) are mirrored, the
 * client's undocumented overrides stand for them, and neither product implements the interface.
 */
class OperationsInterfaceTest {
  @TempDir Path work;

  @Test
  void twin_mirrorsTheInterfacesMethods_withTheirJavadoc_withoutImplementingIt() {
    Compilation compilation = Compilation.of(work, OperationsSources.client(), false);

    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();
    String twin = compilation.source("demo/GadgetsAsyncClient.java");
    assertThat(twin).contains("public final class GadgetsAsyncClient implements AutoCloseable {").contains("""
          /**
           * Gets a gadget, asynchronously: see {@link GadgetsClient#get(String, RequestOptions)}.
           *
           * <p>Instead of throwing, the future fails with {@link java.lang.IllegalArgumentException} when {@code id} is blank.
           *
           * @param id the gadget's id
           * @param options per-call options
           * @return a future completed with the result, or with the exception the call failed with: the gadget's name
           */
          public CompletableFuture<String> get(String id, RequestOptions options) {
            return transport.runAsync(() -> calls.get(id, options));
          }
        """).contains("""
          /**
           * Gets a gadget, asynchronously: see {@link GadgetsClient#get(String)}.
           *
           * @param id the gadget's id
           * @return a future completed with the result, or with the exception the call failed with: the gadget's name
           */
          public CompletableFuture<String> get(String id) {
            return transport.runAsync(() -> calls.get(id));
          }
        """).contains("""
           * @deprecated use {@link GadgetsAsyncClient#get(String, RequestOptions)}
           */
          @Deprecated
          public CompletableFuture<AsyncPage<String>> list() {
        """);
    assertThat(twin).doesNotContain("GadgetsOperations").doesNotContain("@Override\n  public CompletableFuture");
    // the interface's methods take the place of the client's first override, before close()
    assertThat(twin.indexOf("public GadgetsClient sync()"))
        .isLessThan(twin.indexOf("get(String id, RequestOptions options) {"));
    assertThat(twin.indexOf("public CompletableFuture<AsyncPage<String>> list()")).isLessThan(twin.indexOf("void close()"));
    assertThat(count(twin, "public CompletableFuture<String> get(")).isEqualTo(2);
  }

  @Test
  void rawView_keepsTheOverridesOfTheInterface_andLeavesOthersOut() {
    Compilation compilation = Compilation.of(work, OperationsSources.client(), false);

    assertThat(compilation.success()).isTrue();
    String view = compilation.source("demo/RawGadgetsClient.java");
    assertThat(view).contains("""
          /**
           * {@link GadgetsClient#get(String)} with the HTTP response.
           *
           * @param id the gadget's id
           * @return the response; {@link RawResponse#parse()} gives the gadget's name
           */
          RawResponse<String> get(String id);
        """).contains("""
           * @throws java.lang.IllegalArgumentException when {@code id} is blank
           */
          RawResponse<String> get(String id, RequestOptions options);
        """);
    assertThat(view).doesNotContain("close()").contains("""
           * @deprecated use {@link GadgetsClient#get(String, RequestOptions)}
           */
          @Deprecated
          RawResponse<Page<String>> list();
        """);
    assertThat(count(view, "RawResponse<String> get(")).isEqualTo(2);
    String asyncView = compilation.source("demo/RawGadgetsAsyncClient.java");
    assertThat(count(asyncView, "CompletableFuture<RawResponse<String>> get(")).isEqualTo(2);
  }

  @Test
  void products_passDoclint_inALaterPass() {
    Compilation first = Compilation.of(work.resolve("a"), OperationsSources.client(), false);
    Map<String, String> all = new HashMap<>(OperationsSources.client());
    first.generated().forEach(all::put);

    Compilation again = Compilation.withoutProcessors(work.resolve("b"), all);

    assertThat(again.diagnostics()).isEmpty();
    assertThat(again.success()).isTrue();
  }

  @Test
  void interfaceMethodWithoutDocComment_isAnError() {
    String operations = OperationsSources.OPERATIONS.replace("""
          /**
           * Gets a gadget.
           *
           * @param id the gadget's id
           * @return the gadget's name
           */
        """, "");
    Map<String, String> sources = new HashMap<>(OperationsSources.client());
    sources.put("demo/GadgetsOperations.java", operations);

    Compilation compilation = Compilation.of(work, sources, false);

    assertThat(operations).isNotEqualTo(OperationsSources.OPERATIONS);
    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics()).anyMatch(d -> d.startsWith("ERROR GadgetsOperations.java:")
        && d.endsWith("needs a doc comment"));
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
