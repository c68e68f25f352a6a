package io.github.mistral4j.spring.boot;

import io.github.mistral4j.micrometer.MicrometerObservationListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A {@link MicrometerObservationListener} on the application's {@link ObservationRegistry}, when
 * {@code mistral4j-micrometer} is on the class path and the registry is a bean (as Spring Boot's
 * actuator makes it). {@link MistralAutoConfiguration} adds it to the client options.
 */
@AutoConfiguration(
    before = MistralAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass(name = {"io.github.mistral4j.micrometer.MicrometerObservationListener", "io.micrometer.observation.ObservationRegistry"})
@ConditionalOnBean(type = "io.micrometer.observation.ObservationRegistry")
public class MistralMicrometerAutoConfiguration {
  /** Creates the configuration. */
  public MistralMicrometerAutoConfiguration() {}

  /**
   * The listener.
   *
   * @param registry the application's observation registry
   * @return the listener
   */
  @Bean
  @ConditionalOnMissingBean
  public MicrometerObservationListener mistralObservationListener(ObservationRegistry registry) {
    return MicrometerObservationListener.create(registry);
  }
}
