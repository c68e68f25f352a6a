package io.github.mistral4j.core.internal;

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
   * @param options the client options (timeouts)
   * @param retrying the transport's {@link RetryingClient}
   * @param codec the JSON codec
   * @param errors maps error statuses
   * @return the Feign that makes the API proxies
   */
  static Feign build(ClientOptions options, Client retrying, JsonCodec codec, ErrorMapper errors) {
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
