/** Request validation producing FastAPI/pydantic style {@code detail[]} entries. Not public API. */
@NullMarked
package io.github.mistral4j.testkit.internal.validation;

import org.jspecify.annotations.NullMarked;
