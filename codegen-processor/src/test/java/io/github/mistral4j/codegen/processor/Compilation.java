package io.github.mistral4j.codegen.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles in-memory sources with the JDK's compiler and the async twin and raw view processors, as the API modules
 * do, with doclint on: what it generated, the diagnostics, and the classes.
 *
 * @param generated the generated sources' text by path (for example {@code demo/RawThings.java})
 * @param diagnostics every diagnostic, formatted as {@code KIND file:line: message}
 * @param success whether javac succeeded
 * @param classes the folder of the compiled classes
 */
record Compilation(Map<String, String> generated, List<String> diagnostics, boolean success, Path classes) {
  /**
   * Compiles sources with doclint.
   *
   * @param work an empty folder for the output
   * @param sources the sources by path ({@code demo/Things.java})
   * @return the outcome
   */
  static Compilation of(Path work, Map<String, String> sources) {
    return of(work, sources, true);
  }

  /**
   * Compiles sources.
   *
   * @param work an empty folder for the output
   * @param sources the sources by path ({@code demo/Things.java})
   * @param doclint whether to run doclint (javac's doclint does not see types generated in the same
   *     pass; the API modules run it in a later pass)
   * @return the outcome
   */
  static Compilation of(Path work, Map<String, String> sources, boolean doclint) {
    return compile(work, sources, doclint, true);
  }

  /**
   * Compiles sources with doclint and without the processors, as the API modules' doclint pass
   * compiles their sources and the generated ones.
   *
   * @param work an empty folder for the output
   * @param sources the sources by path ({@code demo/Things.java})
   * @return the outcome
   */
  static Compilation withoutProcessors(Path work, Map<String, String> sources) {
    return compile(work, sources, true, false);
  }

  private static Compilation compile(Path work, Map<String, String> sources, boolean doclint, boolean processors) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path generatedDir = Files.createDirectories(work.resolve("generated"));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generatedDir));
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((path, text) -> units.add(new Source(path, text)));
      List<String> options = new ArrayList<>(List.of("--release", "17", "-parameters", "-Xlint:all,-processing",
          "-classpath", System.getProperty("java.class.path")));
      if (doclint) {
        options.add("-Xdoclint:all/protected");
      }
      if (!processors) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, options, null, units);
      if (processors) {
        task.setProcessors(List.of(new AsyncTwinProcessor(), new RawViewProcessor()));
      }
      boolean success = task.call();
      List<String> diagnostics = collector.getDiagnostics().stream().map(Compilation::format).toList();
      return new Compilation(read(generatedDir), diagnostics, success, classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of one generated file.
   *
   * @param path its path, such as {@code demo/RawThings.java}
   * @return the text
   * @throws AssertionError when it was not generated
   */
  String source(String path) {
    return Optional.ofNullable(generated.get(path))
        .orElseThrow(() -> new AssertionError("not generated: " + path + "; diagnostics " + diagnostics));
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (var paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        texts.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    }
    return texts;
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri().getPath()).getFileName() + ":" + d.getLineNumber() + ": ";
    return d.getKind() + " " + file + d.getMessage(null);
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
