/**
 * Test utilities shared by the mistral4j modules: where the shared contract lives, the OpenAPI
 * document as a JSON tree, the validating contract mock server, and the check of an operations
 * interface's default overloads. Not published.
 */
@NullMarked
package io.github.mistral4j.testsupport;

import org.jspecify.annotations.NullMarked;
