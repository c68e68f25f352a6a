package io.github.mistral4j.core.observability;

/** How an operation ended. */
public enum Outcome {
  /** The server answered with a success status and the answer was decoded. */
  SUCCESS,
  /** The server answered with an error status (4xx, 5xx or unexpected): a {@code MistralServiceException}. */
  HTTP_ERROR,
  /** No answer: connection failure, timeout, body too long (a {@code MistralIoException}). */
  IO_ERROR,
  /** The answer did not map to the expected type (a {@code MistralInvalidDataException}). */
  INVALID_DATA,
  /** Anything else: the request was refused before it left, the thread was interrupted, ... */
  OTHER
}
