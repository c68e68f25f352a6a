package io.github.mistral4j.codegen;

import com.squareup.javapoet.TypeName;

/**
 * One {@code @Param} of a Feign method ({@link ApiModel}): a path parameter or a query parameter.
 *
 * @param wire the name in the request line's template ({@code {wire}}), as the contract names it
 * @param name the Java parameter's name
 * @param type the Java type: {@code String} for a path parameter, a primitive for a required number
 *     or boolean, else a boxed type or a list
 * @param nullable whether the parameter is optional, {@code null} being not sent
 * @param query whether it goes into the query string
 */
record ApiParam(String wire, String name, TypeName type, boolean nullable, boolean query) {}
