package io.github.mistral4j.reliability;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records each request the moment WireMock has matched it, before any delay or fault. WireMock's
 * own journal is written once the answer is complete, which for a delayed or broken answer can be
 * after the client has given up; this log is complete as soon as the call returns, since the server
 * has matched every request before the client can see its fault.
 */
final class RequestLog implements ServeEventListener {
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @Override
  public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
    requests.add(serveEvent.getRequest().getMethod().getName() + " " + serveEvent.getRequest().getUrl());
  }

  @Override
  public String getName() {
    return "request-log";
  }

  /** The requests matched since the last {@link #clear()}, as {@code METHOD url}. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  void clear() {
    requests.clear();
  }
}
