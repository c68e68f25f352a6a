package io.github.mistral4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) whose tests take a {@link MistralStandIn} parameter: a shorthand for
 * {@code @ExtendWith(MistralStandInExtension.class)}. See {@link MistralStandInExtension} for the scope of
 * each instance.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(MistralStandInExtension.class)
public @interface MistralStandInTest {}
