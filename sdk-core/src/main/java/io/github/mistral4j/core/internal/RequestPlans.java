package io.github.mistral4j.core.internal;

import feign.Client;
import feign.Contract;
import feign.DefaultInvocationHandlerFactory;
import feign.InvocationHandlerFactory;
import feign.MethodMetadata;
import feign.Request;
import feign.Target;
import feign.codec.ErrorDecoder;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's {@link InvocationHandlerFactory}: when Feign builds a proxy, it works out a {@link
 * RequestPlan} for each method of the interface, once, from the metadata the SDK's contract
 * parses, and runs the method by it ({@link PlannedCall}) instead of Feign's per-call template
 * engine. The Feign interfaces stay the description of the API; the client chain ({@link
 * RetryingClient}), the codec and the error mapping stay the same. A method a plan cannot model
 * keeps Feign's own handler; {@link #unplannable} lists such methods, so that tests can require
 * none in the SDK's interfaces.
 */
public final class RequestPlans implements InvocationHandlerFactory {
  private final Contract contract;
  private final JsonCodec codec;
  private final ErrorDecoder errorDecoder;
  private final Client client;
  private final Request.Options options;
  private final InvocationHandlerFactory dispatcher = new DefaultInvocationHandlerFactory();

  /**
   * Creates the factory; give it the same parts as the {@code Feign.Builder} it is set on.
   *
   * @param contract the contract that parses the interfaces
   * @param codec the body encoder and response decoder
   * @param errorDecoder the mapping of error responses
   * @param client the client requests are sent with
   * @param options the options handed to the client
   */
  RequestPlans(Contract contract, JsonCodec codec, ErrorDecoder errorDecoder, Client client, Request.Options options) {
    this.contract = contract;
    this.codec = codec;
    this.errorDecoder = errorDecoder;
    this.client = client;
    this.options = options;
  }

  @Override
  @SuppressWarnings("rawtypes") // as Feign declares it
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    Map<Method, MethodHandler> handlers = new LinkedHashMap<>(dispatch);
    for (MethodMetadata md : contract.parseAndValidateMetadata(target.type())) {
      if (md.isIgnored() || !dispatch.containsKey(md.method())) {
        continue;
      }
      try {
        RequestPlan plan = PlanCompiler.compile(md, target, codec);
        handlers.put(md.method(), new PlannedCall(plan, client, options, codec, errorDecoder));
      } catch (PlanCompiler.Unsupported e) {
        // the method keeps Feign's handler
      }
    }
    // Feign's own dispatch: equals, hashCode, toString and default methods as for any Feign proxy
    return dispatcher.create(target, handlers);
  }

  /**
   * The methods of an API interface that would run on Feign's engine rather than by a plan, each
   * with the reason.
   *
   * @param api a Feign interface
   * @return {@code configKey: reason} per such method; empty when every method has a plan
   */
  public static List<String> unplannable(Class<?> api) {
    Target<?> target = new Target.HardCodedTarget<>(api, "https://api.mistral.ai");
    JsonCodec codec = new JsonCodec(Json.mapper());
    List<String> problems = new ArrayList<>();
    for (MethodMetadata md : new SdkContract().parseAndValidateMetadata(api)) {
      try {
        PlanCompiler.compile(md, target, codec);
      } catch (PlanCompiler.Unsupported e) {
        problems.add(md.configKey() + ": " + e.getMessage());
      }
    }
    return problems;
  }
}
