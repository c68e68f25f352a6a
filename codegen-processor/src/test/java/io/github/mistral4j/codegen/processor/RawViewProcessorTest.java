package io.github.mistral4j.codegen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor run by javac on small services (doclint on), as the API modules run it. */
class RawViewProcessorTest {
  @TempDir Path work;

  @Test
  void syncService_viewMirrorsEveryOperation_withDerivedJavadoc() {
    Compilation compilation = Compilation.of(work, DemoSources.services());

    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation.success()).isTrue();
    assertThat(compilation.source("demo/RawThingsService.java")).isEqualTo("""
        // Generated from ThingsService by the raw view processor (codegen-processor): do not edit.
        package demo;

        import io.github.mistral4j.core.RawResponse;
        import io.github.mistral4j.core.RequestOptions;
        import io.github.mistral4j.core.page.Page;
        import javax.annotation.processing.Generated;
        import org.jspecify.annotations.Nullable;

        /**
         * The operations of {@link ThingsService} returning the HTTP response with the model: status, headers,
         * request id and body as received (see {@link RawResponse}). Get it from {@code withRawResponse()}.
         * Error statuses throw the same typed exceptions as {@link ThingsService}.
         */
        @Generated("io.github.mistral4j.codegen.processor.RawViewProcessor")
        public interface RawThingsService {
          /**
           * {@return the raw view of {@link ThingsService#parts()}}
           */
          RawPartsService parts();

          /**
           * {@link ThingsService#get(String, String)} with the HTTP response.
           *
           * @param id the thing's id, as {@link java.util.List#of()} gives it
           * @param label a label, or null
           * @return the response; {@link RawResponse#parse()} gives the thing's name; see {@link PartsService#remove(String) remove}
           * @throws java.lang.IllegalArgumentException when {@code id} is blank
           */
          RawResponse<String> get(String id, @Nullable String label);

          /**
           * {@link ThingsService#list(RequestOptions)} with the HTTP response.
           *
           * @param options per-call options
           * @return the response; {@link RawResponse#parse()} gives the first page, {@linkplain Page#nextPage() followed} on demand
           */
          RawResponse<Page<String>> list(RequestOptions options);

          /**
           * {@link ThingsService#delete(String)} with the HTTP response.
           *
           * @param id the id
           * @return the response; {@link RawResponse#parse()} gives {@code null}
           */
          RawResponse<Void> delete(String id);

          /**
           * {@link ThingsService#count(String[])} with the HTTP response.
           *
           * @param ids the ids
           * @return the response; {@link RawResponse#parse()} gives how many &amp; which
           * @deprecated use {@link ThingsService#get(String, String)}
           */
          @Deprecated
          RawResponse<Integer> count(String... ids);
        }
        """);
  }

  @Test
  void asyncService_viewWrapsTheFuturesValue_keepingTypeUseAnnotations() {
    Compilation compilation = Compilation.of(work, DemoSources.services());

    assertThat(compilation.source("demo/RawPartsService.java")).contains("""
          /**
           * {@link PartsService#remove(String)} with the HTTP response.
           *
           * @param id the part's id
           * @return a future of the response; {@link RawResponse#parse()} gives a future completed with {@code null}
           */
          CompletableFuture<RawResponse<@Nullable Void>> remove(String id);

          /**
           * {@link PartsService#names(Map)} with the HTTP response.
           *
           * @param filter the filter
           * @return a future of the response; {@link RawResponse#parse()} gives a future completed with the names
           */
          CompletableFuture<RawResponse<List<? extends CharSequence>>> names(Map<String, ?> filter);
        }
        """);
  }

  @Test
  void generatedViews_pairWithTheirServicesAtRunTime() throws Exception {
    Compilation compilation = Compilation.of(work, DemoSources.services());
    assertThat(compilation.success()).isTrue();

    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {compilation.classes().toUri().toURL()}, getClass().getClassLoader())) {
      Object service = loader.loadClass("demo.ThingsService").getConstructor().newInstance();
      // RawViews checks every view method against its twin when it makes the view
      Object raw = service.getClass().getMethod("withRawResponse").invoke(service);
      Object parts = raw.getClass().getMethod("parts").invoke(raw);

      assertThat(raw).hasToString("RawThingsService of " + service);
      assertThat(parts.toString()).startsWith("RawPartsService of ");
    }
  }

  @Test
  void exclude_leavesTheNamedMethodsOut() {
    Compilation compilation = Compilation.of(work, DemoSources.service("@RawView(exclude = \"size\")", """
        /** {@return how many} */
        public int size() {
          return 0;
        }

        /** {@return the names} */
        public List<String> names() {
          return List.of();
        }
        """));

    assertThat(compilation.success()).as("%s", compilation.diagnostics()).isTrue();
    assertThat(compilation.source("demo/RawDemoService.java"))
        .contains("RawResponse<List<String>> names();")
        .doesNotContain("size");
  }

  @Test
  void referenceToAGeneratedType_isCopiedAsWritten() {
    Compilation compilation = Compilation.of(work, DemoSources.service("@RawView", """
        /** {@return the names, as {@link RawDemoService#names()} returns them with the response} */
        public List<String> names() {
          return List.of();
        }
        """), false);

    assertThat(compilation.success()).as("%s", compilation.diagnostics()).isTrue();
    assertThat(compilation.source("demo/RawDemoService.java"))
        .contains("gives the names, as {@link RawDemoService#names()} returns them with the response");
  }

  @Test
  void primitiveResult_isAnErrorOnTheMethod() {
    assertError("""
        /** {@return how many} */
        public int size() {
          return 0;
        }
        """, "A raw view cannot mirror a method returning int: return the boxed type");
  }

  @Test
  void genericMethod_isAnError() {
    assertError("""
        /**
         * The first item.
         *
         * @param items the items
         * @param <T> the item type
         * @return the first
         */
        public <T> T first(List<T> items) {
          return items.get(0);
        }
        """, "A raw view cannot mirror a generic method");
  }

  @Test
  void missingParamTag_isAnError() {
    assertError("""
        /**
         * Finds.
         *
         * @return the names
         */
        public List<String> find(String query) {
          return List.of(query);
        }
        """, "The doc comment has no @param query to copy into the raw view");
  }

  @Test
  void missingReturnTag_isAnError() {
    assertError("""
        /** Finds everything. */
        public List<String> all() {
          return List.of();
        }
        """, "The doc comment has no @return to copy into the raw view");
  }

  @Test
  void missingDocComment_isAnError() {
    assertError("""
        public List<String> all() {
          return List.of();
        }
        """, "A method mirrored by a raw view needs a doc comment");
  }

  @Test
  void annotationOnAnInterfaceOrANestedClass_isAnError() {
    Compilation onInterface = Compilation.of(work.resolve("a"), java.util.Map.of("demo/Api.java", """
        package demo;

        /** An interface. */
        @io.github.mistral4j.core.internal.RawView
        public interface Api {}
        """));
    Compilation onNested = Compilation.of(work.resolve("b"), DemoSources.service("", """
        /** Nested. */
        @RawView
        public static final class Nested {
          private Nested() {}
        }
        """));

    assertThat(onInterface.success()).isFalse();
    assertThat(onInterface.diagnostics()).contains("ERROR Api.java:5: @RawView marks a top-level class");
    assertThat(onNested.success()).isFalse();
    assertThat(onNested.diagnostics()).anyMatch(d -> d.startsWith("ERROR DemoService.java:") && d.endsWith("@RawView marks a top-level class"));
  }

  private void assertError(String members, String message) {
    Compilation compilation = Compilation.of(work, DemoSources.service("@RawView", members));

    assertThat(compilation.success()).isFalse();
    assertThat(compilation.diagnostics()).anyMatch(d -> d.startsWith("ERROR ") && d.endsWith(message));
    assertThat(compilation.generated()).doesNotContainKey("demo/RawDemoService.java");
  }
}
