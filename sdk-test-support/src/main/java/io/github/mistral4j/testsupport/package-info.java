/**
 * Test utilities shared by the mistral4j modules: where the shared contract lives, the OpenAPI
 * document as a JSON tree, and the validating contract mock server. Not published.
 */
@NullMarked
package io.github.mistral4j.testsupport;

import org.jspecify.annotations.NullMarked;
