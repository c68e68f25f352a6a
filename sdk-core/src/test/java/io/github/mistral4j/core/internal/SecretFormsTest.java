package io.github.mistral4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretFormsTest {
  @Test
  void plainAsciiSecret_hasOneForm() {
    assertThat(SecretForms.of("sk-abc_123")).containsExactly("sk-abc_123");
  }

  @Test
  void formsCoverJsonEscapes_slashes_htmlSafeEscapes_andUrlEncodings() {
    assertThat(SecretForms.of("a/b\"<é"))
        .first().isEqualTo("a/b\"<é");
    assertThat(SecretForms.of("a/b\"<é"))
        .contains(
            "a/b\\\"<é", // Jackson
            "a\\/b\\\"<é", // slash escaped
            "a/b\\\"<\\u00E9", // non-ASCII escaped
            "a/b\\\"\\u003C\\u00E9", // HTML-safe
            "a/b\\\\\\\"<é", // quoted twice
            "a%2Fb%22%3C%C3%A9") // percent-encoded
        .doesNotHaveDuplicates();
  }

  @Test
  void percentAndFormEncodings_differInSpacesAndTilde() {
    assertThat(SecretForms.of("a b~secret")).contains("a%20b~secret", "a+b~secret", "a+b%7Esecret");
  }

  @Test
  void jsonEscape_escapesControlCharacters_asJacksonDoes() {
    assertThat(SecretForms.jsonEscape("\b\f\n\r\t\u0001", true, false)).isEqualTo("\\b\\f\\n\\r\\t\\u0001");
    assertThat(SecretForms.jsonEscape("\u0001", false, false)).isEqualTo("\\u0001");
    assertThat(SecretForms.jsonEscape("a'&>", false, true)).isEqualTo("a\\u0027\\u0026\\u003E");
  }
}
