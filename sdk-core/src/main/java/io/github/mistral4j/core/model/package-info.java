/**
 * Building blocks of the API modules' models: {@link io.github.mistral4j.core.model.Tristate}
 * for PATCH fields, {@link io.github.mistral4j.core.model.OpenEnum} for server enums that may
 * grow, and {@link io.github.mistral4j.core.model.UnionDeserializer} for sealed unions with an
 * unknown variant. Pagination is in {@link io.github.mistral4j.core.page}.
 */
@NullMarked
package io.github.mistral4j.core.model;

import org.jspecify.annotations.NullMarked;
