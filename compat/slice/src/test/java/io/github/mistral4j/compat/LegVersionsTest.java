package io.github.mistral4j.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Each leg runs with the versions it names, not with what dependency mediation happened to pick. */
class LegVersionsTest {
  private static String expected(String name) {
    return System.getProperty("compat.expect." + name, "");
  }

  @Test
  void jacksonIsTheLegsVersion() {
    String expected = expected("jackson");
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
    System.out.println("[compat] Java " + Runtime.version() + ", jackson-databind " + databind + ", jackson-core " + core
        + ", langchain4j " + pomVersion("langchain4j") + ", langchain4j-core " + pomVersion("langchain4j-core"));
    if (!expected.isEmpty()) {
      assertThat(databind).startsWith(expected);
      assertThat(core).startsWith(expected);
    }
  }

  @Test
  void langchain4jIsTheLegsVersion() {
    String expected = expected("langchain4j");
    String expectedCore = expected("langchain4j-core");
    if (!expected.isEmpty()) {
      assertThat(pomVersion("langchain4j")).isEqualTo(expected);
    }
    if (!expectedCore.isEmpty()) {
      assertThat(pomVersion("langchain4j-core")).isEqualTo(expectedCore);
    }
  }

  @Test
  void javaIsTheLegsVersion() {
    String expected = expected("java");
    if (!expected.isEmpty()) {
      assertThat(Runtime.version().feature()).isEqualTo(Integer.parseInt(expected));
    }
  }

  private static String pomVersion(String artifactId) {
    String path = "/META-INF/maven/dev.langchain4j/" + artifactId + "/pom.properties";
    try (InputStream in = LegVersionsTest.class.getResourceAsStream(path)) {
      if (in == null) {
        return "absent";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      return "unreadable";
    }
  }
}
