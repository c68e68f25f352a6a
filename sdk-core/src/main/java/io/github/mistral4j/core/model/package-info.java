/**
 * Building blocks of the API modules' models: {@link io.github.mistral4j.core.model.Tristate}
 * for PATCH fields, {@link io.github.mistral4j.core.model.OpenEnum} for server enums that may
 * grow, {@link io.github.mistral4j.core.model.UnionDeserializer} for sealed unions with an
 * unknown variant, and {@link io.github.mistral4j.core.model.AutoPager} for lazy pagination.
 */
@NullMarked
package io.github.mistral4j.core.model;

import org.jspecify.annotations.NullMarked;
