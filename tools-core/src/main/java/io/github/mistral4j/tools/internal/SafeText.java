package io.github.mistral4j.tools.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes server-provided text safe to show a model: a stack trace and what follows it are cut,
 * URLs, bearer tokens and long token-like runs are masked, control characters and line breaks
 * flattened, and the length capped.
 */
final class SafeText {
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|wss?)://\\S+");
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern SECRET_KEY_VALUE =
      Pattern.compile("(?i)\\b(api[_-]?key|access[_-]?token|refresh[_-]?token|client[_-]?secret|secret|password|authorization)(\"?\\s*[:=]\\s*\"?)[^\\s\",}]+");
  private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_+/=.-]{24,}");
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern STACK_TRACE =
      Pattern.compile("Traceback \\(most recent call last\\)|\\bat [\\w$.]+\\([\\w$]+\\.(?:java|kt|scala):\\d+\\)|Exception in thread|\\n\\s+at ");
  private static final int MAX = 400;

  private SafeText() {}

  /** The text made safe, or {@code null} when nothing is left. */
  static @Nullable String clean(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher trace = STACK_TRACE.matcher(text);
    String s = trace.find() ? text.substring(0, trace.start()) : text;
    s = URL.matcher(s).replaceAll("<url>");
    s = BEARER.matcher(s).replaceAll("$1 ****");
    s = SECRET_KEY_VALUE.matcher(s).replaceAll("$1$2****");
    Matcher m = TOKEN_LIKE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String run = m.group();
      boolean tokenLike = !UUID.matcher(run).matches() && run.chars().anyMatch(Character::isDigit) && run.chars().anyMatch(Character::isLetter);
      m.appendReplacement(b, Matcher.quoteReplacement(tokenLike ? "****" : run));
    }
    m.appendTail(b);
    s = b.toString().replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (s.length() > MAX) {
      s = s.substring(0, MAX) + "...";
    }
    return s.isEmpty() ? null : s;
  }
}
