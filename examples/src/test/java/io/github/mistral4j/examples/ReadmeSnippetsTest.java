package io.github.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} code block of the READMEs compiles against the build, as written, with the
 * imports the root README names (see "Java snippets" there). A block may be a whole file (with its
 * own imports), class members, or statements; statements may use the names {@link SnippetContext}
 * declares ({@code connectors}, {@code agents}, {@code model}, ...). A line holding only {@code ...}
 * and a {@code { ... }} body stand for code left out.
 */
class ReadmeSnippetsTest {
  private static final List<String> READMES =
      List.of(
          "README.md",
          "sdk-connectors/README.md",
          "sdk-agents/README.md",
          "langchain4j-bridge/README.md",
          "sdk-testkit/README.md",
          "sdk-micrometer/README.md",
          "sdk-opentelemetry/README.md");

  /** What the root README tells readers the snippets import. */
  static final String IMPORTS =
      String.join(
          "\n",
          "import io.github.mistral4j.core.*;",
          "import io.github.mistral4j.core.page.*;",
          "import io.github.mistral4j.connectors.*;",
          "import io.github.mistral4j.connectors.model.*;",
          "import io.github.mistral4j.connectors.mcp.*;",
          "import io.github.mistral4j.agents.*;",
          "import io.github.mistral4j.agents.model.*;",
          "import io.github.mistral4j.langchain4j.*;",
          "import io.github.mistral4j.langchain4j.agents.*;",
          "import io.github.mistral4j.testkit.*;",
          "import java.time.*;",
          "import java.util.*;",
          "import java.net.http.HttpClient;",
          "import dev.langchain4j.agent.tool.Tool;",
          "import dev.langchain4j.model.chat.ChatModel;",
          "import dev.langchain4j.service.AiServices;",
          "import dev.langchain4j.service.tool.ToolProvider;",
          "import org.junit.jupiter.api.Test;",
          "import org.junit.jupiter.api.extension.RegisterExtension;",
          "");

  private static final Pattern BLOCK = Pattern.compile("(?ms)^```java[^\\n]*\\n(.*?)^```");
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("(?m)^(public\\s+)?(final\\s+)?(abstract\\s+)?(class|interface|record|enum)\\s+\\w+");
  private static final Pattern MEMBER = Pattern.compile("(?s)^(@\\w+(\\([^)]*\\))?\\s+)*(static|private|public|protected)\\s");

  /** One code block of a README. */
  record Snippet(String readme, int index, int line, String code) {
    String className() {
      return "Snippet_" + readme.replaceAll("[^A-Za-z0-9]", "_") + "_" + index;
    }
  }

  @Test
  void everyJavaBlockOfTheReadmes_compiles() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Snippet> snippets = new ArrayList<>();
    for (String readme : READMES) {
      snippets.addAll(snippetsOf(readme, Files.readString(root.resolve(readme), StandardCharsets.UTF_8)));
    }
    assertThat(snippets).hasSizeGreaterThan(15);

    List<JavaFileObject> sources = new ArrayList<>();
    for (Snippet s : snippets) {
      sources.add(source(s));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("readme-snippets");
    List<String> options =
        List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none", "-nowarn");
    boolean ok = javac.getTask(new StringWriter(), null, diagnostics, options, null, sources).call();

    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    assertThat(errors).as("compile errors in README snippets (file names say README and block)").isEmpty();
    assertThat(ok).isTrue();
  }

  static List<Snippet> snippetsOf(String readme, String text) {
    List<Snippet> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    int index = 0;
    while (m.find()) {
      index++;
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new Snippet(readme, index, line, m.group(1)));
    }
    return out;
  }

  private static JavaFileObject source(Snippet s) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : s.code().split("\n", -1)) {
      String bare = line.replaceAll("//.*$", "").trim();
      if (bare.startsWith("import ")) {
        imports.append(line).append('\n');
      } else if (bare.equals("...")) {
        body.append('\n'); // code left out
      } else {
        body.append(line.replace("{ ... }", "{ }")).append('\n');
      }
    }
    String code = body.toString();
    String name = s.className();
    String unit;
    if (TYPE_DECLARATION.matcher(code).find()) {
      // a whole file: rename its first top-level type so that blocks never clash
      Matcher type = Pattern.compile("(?m)^((?:public\\s+)?(?:final\\s+)?(?:class|interface|record|enum)\\s+)(\\w+)").matcher(code);
      type.find();
      unit = code.substring(0, type.start(2)) + name + code.substring(type.end(2));
    } else if (MEMBER.matcher(code.strip()).find()) {
      unit = "class " + name + " extends io.github.mistral4j.examples.snippets.SnippetContext {\n" + code + "}\n";
    } else {
      unit = "class " + name + " extends io.github.mistral4j.examples.snippets.SnippetContext {\n"
          + "  void run() throws Exception {\n" + code + "  }\n}\n";
    }
    String text = "package snippets;\n" + IMPORTS + imports + unit;
    return new SimpleJavaFileObject(URI.create("string:///" + s.readme() + "/block-" + s.index() + "-line-" + s.line() + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
