package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Describes JSON failures without the values they are about. Jackson's messages quote the input
 * they failed on ({@code Cannot deserialize value of type ... from String "sk-..."}, {@code
 * Unrecognized token 'sk_...'}), and a body may hold a client secret or a token: this builds a
 * message from safe parts only (the kind of problem, the target type, the JSON path as member names
 * and indices, the line and column), and replaces a Jackson exception kept as a cause with a copy
 * saying as little. Jackson's own message text never reaches an SDK message or log.
 */
public final class JsonProblems {
  private static final int MAX_NAME = 64;
  private static final int MAX_PATH_PARTS = 12;
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$@-]+");
  /** What {@link Models#required} says: {@code Type.member is required}, names only. */
  private static final Pattern REQUIRED_MEMBER = Pattern.compile("[A-Za-z0-9_]{1,64}\\.[A-Za-z0-9_]{1,64} is required");

  /** The fixed kinds, subclasses before their superclasses; the others are worked out in {@link #kind}. */
  private static final List<Map.Entry<Class<? extends Throwable>, String>> KINDS = List.of(
      Map.entry(JsonEOFException.class, "unexpected end of input"),
      Map.entry(InputCoercionException.class, "number out of range"),
      Map.entry(JsonParseException.class, "unexpected token (malformed JSON)"),
      Map.entry(JsonGenerationException.class, "cannot be written as JSON"),
      Map.entry(InvalidTypeIdException.class, "unknown or missing type id"),
      Map.entry(InvalidNullException.class, "null not allowed"),
      Map.entry(InvalidFormatException.class, "invalid format"),
      Map.entry(UnrecognizedPropertyException.class, "unknown member"),
      Map.entry(IgnoredPropertyException.class, "unknown member"),
      Map.entry(InvalidDefinitionException.class, "unsupported type definition"));

  private JsonProblems() {}

  /**
   * A safe description of a failure, such as {@code wrong type (expected OffsetDateTime) at
   * $.created_at (line 1, column 15)}.
   *
   * @param e what Jackson (or anything else) threw
   * @return the description: never the input or the original message
   */
  public static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(kind(e));
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      b.append(" (expected ").append(typeName(m.getTargetType())).append(')');
    }
    if (e instanceof JsonMappingException m) {
      String path = path(m.getPath());
      if (!path.isEmpty()) {
        b.append(" at ").append(path);
      }
    }
    if (e instanceof JsonProcessingException p) {
      JsonLocation at = p.getLocation();
      if (at != null && at.getLineNr() > 0) {
        b.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
      }
    }
    return b.toString();
  }

  /**
   * The cause chain of a failure with every message replaced: a Jackson exception by its {@link
   * #describe safe description}, anything else (a {@code DateTimeParseException} quotes its input
   * too) by its class name only. Stack traces are kept.
   *
   * @param e the failure, or null
   * @return the redacted chain, or null
   */
  public static @Nullable RuntimeException redacted(@Nullable Throwable e) {
    if (e == null) {
      return null;
    }
    if (e instanceof Redacted r) {
      return r;
    }
    String description = e instanceof JsonProcessingException ? describe(e) : null;
    String text = e.getClass().getName() + (description == null ? "" : ": " + description);
    Redacted copy =
        new Redacted(text, description == null ? e.getClass().getSimpleName() : description, redacted(e.getCause() == e ? null : e.getCause()));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** A failure whose message was removed because it may quote secret input; see {@link #redacted}. */
  public static final class Redacted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String description;

    Redacted(String message, String description, @Nullable Throwable cause) {
      super(message, cause);
      this.description = description;
    }

    /** The safe description of the original failure ({@link #describe}), or its simple class name. */
    public String description() {
      return description;
    }
  }

  static String kind(Throwable e) {
    for (Map.Entry<Class<? extends Throwable>, String> kind : KINDS) {
      if (kind.getKey().isInstance(e)) {
        return kind.getValue();
      }
    }
    if (e instanceof MismatchedInputException m) {
      String original = m.getOriginalMessage(); // read to classify only, never shown
      String lower = original == null ? "" : original.toLowerCase(Locale.ROOT);
      if (lower.startsWith("no content")) {
        return "no content";
      }
      return lower.contains("missing") ? "missing value" : "wrong type";
    }
    if (e instanceof ValueInstantiationException) {
      // the SDK's models say which required member is missing, in a message holding names only
      Throwable cause = e.getCause();
      String m = cause instanceof IllegalStateException ? cause.getMessage() : null;
      if (m != null && REQUIRED_MEMBER.matcher(m).matches()) {
        return "missing required member: " + m;
      }
      return "invalid value";
    }
    if (e instanceof JsonMappingException) {
      return e.getCause() == null ? "invalid value" : "invalid value (" + e.getCause().getClass().getSimpleName() + ")";
    }
    if (e instanceof JsonProcessingException) {
      return "invalid JSON";
    }
    return e.getClass().getSimpleName();
  }

  /** {@code $.a.b[0]["odd name"]}: member names (shortened) and indices, never values. */
  static String path(@Nullable List<JsonMappingException.Reference> refs) {
    if (refs == null || refs.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("$");
    int from = Math.max(0, refs.size() - MAX_PATH_PARTS);
    if (from > 0) {
      b.append("...");
    }
    for (JsonMappingException.Reference r : refs.subList(from, refs.size())) {
      String name = r.getFieldName();
      if (name != null) {
        String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name;
        if (PLAIN_NAME.matcher(shown).matches()) {
          b.append('.').append(shown);
        } else {
          b.append("[\"").append(new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(shown))).append("\"]");
        }
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else {
        b.append("[?]");
      }
    }
    return b.toString();
  }

  private static String typeName(Class<?> type) {
    return type.isArray() ? typeName(type.getComponentType()) + "[]" : type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
  }
}
