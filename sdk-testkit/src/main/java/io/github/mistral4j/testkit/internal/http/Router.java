package io.github.mistral4j.testkit.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the operation of a request: the matching route with the most literal segments. */
public final class Router {
  private final List<Route> routes = new ArrayList<>();

  /** The outcome of routing. */
  public sealed interface Resolution permits Found, MethodNotAllowed, NotFound {}

  /**
   * A route matched.
   *
   * @param route the route
   * @param params its decoded path parameters
   */
  public record Found(Route route, Map<String, String> params) implements Resolution {}

  /**
   * The path exists, not with this method.
   *
   * @param allowed the methods the path has
   */
  public record MethodNotAllowed(Set<String> allowed) implements Resolution {}

  /** No route has this path. */
  public record NotFound() implements Resolution {}

  /** Adds a route. */
  public Router add(String method, String template, String operationId, RouteHandler handler) {
    routes.add(new Route(method, template, operationId, handler));
    return this;
  }

  /** Every route, in the order added. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Routes a request. */
  public Resolution resolve(String method, List<String> rawSegments) {
    Found best = null;
    int bestScore = -1;
    Set<String> allowed = new LinkedHashSet<>();
    for (Route r : routes) {
      Map<String, String> params = r.match(rawSegments);
      if (params == null) {
        continue;
      }
      allowed.add(r.method());
      if (r.method().equals(method) && r.literalCount() > bestScore) {
        best = new Found(r, params);
        bestScore = r.literalCount();
      }
    }
    if (best != null) {
      return best;
    }
    return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
  }
}
