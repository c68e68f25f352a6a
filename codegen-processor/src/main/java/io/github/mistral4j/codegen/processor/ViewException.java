package io.github.mistral4j.codegen.processor;

import javax.lang.model.element.Element;

/** A service the processor cannot mirror, reported as a compile error on {@link #element()}. */
final class ViewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Element element;

  ViewException(String message, Element element) {
    super(message);
    this.element = element;
  }

  /** {@return the element the error is reported on} */
  Element element() {
    return element;
  }
}
