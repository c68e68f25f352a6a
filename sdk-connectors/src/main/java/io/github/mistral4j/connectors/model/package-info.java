/**
 * Models of the beta Connectors API: connectors and what they nest, create and update requests,
 * credentials, authentication methods and the small responses of the API. Immutable, built with
 * builders; unknown response fields are kept in {@code additionalProperties()}.
 */
@NullMarked
package io.github.mistral4j.connectors.model;

import org.jspecify.annotations.NullMarked;
