package io.github.mistral4j.core.internal;

import feign.Client;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * Runs one Feign method by its {@link RequestPlan}: builds the request, sends it through the
 * client (the SDK's {@link RetryingClient}) and turns the response into the method's result or
 * exception exactly as Feign's synchronous handler does with the SDK's settings (no retryer, no
 * interceptors, no logger, bodies closed after decoding, a {@code void} result not decoded): a
 * non-2xx status gives the error decoder's exception, an I/O failure a {@link
 * RetryableException}, a decoder failure a {@link DecodeException}. {@link
 * MistralTransport#translate} maps these as it maps Feign's.
 */
final class PlannedCall implements InvocationHandlerFactory.MethodHandler {
  private final RequestPlan plan;
  private final Client client;
  private final Request.Options options;
  private final Decoder decoder;
  private final ErrorDecoder errorDecoder;
  private final String configKey;
  private final Type returnType;
  private final boolean returnsNothing;

  PlannedCall(RequestPlan plan, Client client, Request.Options options, Decoder decoder, ErrorDecoder errorDecoder) {
    this.plan = plan;
    this.client = client;
    this.options = options;
    this.decoder = decoder;
    this.errorDecoder = errorDecoder;
    this.configKey = plan.template().methodMetadata().configKey();
    this.returnType = plan.template().methodMetadata().returnType();
    this.returnsNothing =
        returnType == Void.class || returnType == void.class || returnType.getTypeName().equals("kotlin.Unit");
  }

  @Override
  public @Nullable Object invoke(Object @Nullable [] argv) throws Throwable {
    Request request = plan.request(argv);
    Response response;
    try {
      response = client.execute(request, options);
    } catch (IOException e) {
      throw new RetryableException(
          -1,
          String.format("%s executing %s %s", e.getMessage(), request.httpMethod(), request.url()),
          request.httpMethod(),
          e,
          (Long) null,
          request);
    }
    try {
      return result(request, response);
    } catch (Exception e) {
      Util.ensureClosed(response.body());
      throw e;
    }
  }

  private @Nullable Object result(Request request, Response response) throws Exception {
    try {
      int status = response.status();
      if (status < 200 || status >= 300) {
        Response named = named(request, response);
        try {
          throw errorDecoder.decode(configKey, named);
        } finally {
          Util.ensureClosed(named.body());
        }
      }
      if (returnsNothing) {
        Util.ensureClosed(response.body());
        return null;
      }
      return decode(request, response.request().url().equals(request.url()) ? response : named(request, response));
    } finally {
      Util.ensureClosed(response.body());
    }
  }

  /**
   * As Feign: the answer names the request as built, not as the client prepared and sent it. A
   * copy of the response (Feign copies its headers): a successful answer to the URL as built is
   * decoded as it came, since the decoder reads its request only to name it in a failure (method
   * and path, the same) and to mask its secrets (those of the request as sent include them).
   */
  private Response named(Request request, Response response) {
    return response.toBuilder().request(request).requestTemplate(plan.template()).build();
  }

  private Object decode(Request request, Response response) {
    try {
      return decoder.decode(response, returnType);
    } catch (FeignException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DecodeException(response.status(), e.getMessage(), request, e);
    } catch (IOException e) {
      throw new ReadFailed(request, response, e);
    }
  }

  /**
   * Feign's {@code FeignException.errorReading} (the body could not be read), as a subclass: only
   * subclasses can call Feign's constructors. {@link Failures#translate} maps it by its I/O
   * cause, as it maps Feign's.
   */
  static final class ReadFailed extends FeignException {
    private static final long serialVersionUID = 1L;

    ReadFailed(Request request, Response response, IOException cause) {
      super(
          response.status(),
          String.format("%s reading %s %s", cause.getMessage(), request.httpMethod(), request.url()),
          request,
          cause,
          request.body(),
          request.headers());
    }
  }
}
