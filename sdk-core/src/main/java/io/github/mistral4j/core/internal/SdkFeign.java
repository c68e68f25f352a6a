package io.github.mistral4j.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import io.github.mistral4j.core.ClientOptions;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's Feign: its contract ({@link SdkContract}), JSON codec, error mapping and retrying
 * client, Feign's own retryer off, and every method run by a request plan worked out once per
 * proxy ({@link RequestPlans}) rather than by Feign's per-call template engine.
 */
final class SdkFeign {
  private SdkFeign() {}

  /**
   * Builds the Feign of one transport.
   *
   * @param options the client options (timeouts, retries, logging, clock)
   * @param client the HTTP client that {@link RetryingClient} decorates
   * @param mapper the SDK's mapper
   * @return the Feign that makes the API proxies
   */
  static Feign build(ClientOptions options, Client client, ObjectMapper mapper) {
    JsonCodec codec = new JsonCodec(mapper);
    Client retrying = new RetryingClient(client, options, new HttpLogger(options.logLevel(), mapper));
    ErrorMapper errors = new ErrorMapper(mapper, options.clock());
    SdkContract contract = new SdkContract();
    Request.Options timeouts =
        new Request.Options(
            options.connectTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            options.requestTimeout().toMillis(),
            TimeUnit.MILLISECONDS,
            false);
    return Feign.builder()
        .client(retrying)
        .encoder(codec)
        .decoder(codec)
        .errorDecoder(errors)
        .retryer(Retryer.NEVER_RETRY)
        .contract(contract)
        .options(timeouts)
        .invocationHandlerFactory(new RequestPlans(contract, codec, errors, retrying, timeouts))
        .build();
  }
}
