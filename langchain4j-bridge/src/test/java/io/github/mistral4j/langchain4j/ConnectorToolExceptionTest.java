package io.github.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.core.MistralIoException;
import io.github.mistral4j.tools.ConnectorToolCallException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConnectorToolExceptionTest {
  private static final MistralIoException SDK = new MistralIoException("timed out POST https://api.example/v1", new SocketTimeoutException(), true);

  @Test
  void fromTheToolsCoresFailure_keepsItsMessageReasonDetailsAndSuppressed_butNotItselfOrACause() {
    ConnectorToolCallException failure = new ConnectorToolCallException(
        "Tool 'forecast' did not answer.", ConnectorToolCallException.Reason.TIMEOUT, "weather", "forecast", 504, SDK);
    IllegalStateException other = new IllegalStateException("listener failed");
    failure.addSuppressed(other);

    ConnectorToolException e = new ConnectorToolException(failure);

    assertThat(e.getMessage()).isEqualTo("Tool 'forecast' did not answer.");
    assertThat(e.reason()).isEqualTo(ConnectorToolException.Reason.TIMEOUT);
    assertThat(e.connector()).isEqualTo("weather");
    assertThat(e.toolName()).isEqualTo("forecast");
    assertThat(e.statusCode()).isEqualTo(504);
    assertThat(e.sdkException()).isSameAs(SDK);
    assertThat(e.getSuppressed()).containsExactly(SDK, other);
    assertThat(e.getCause()).isNotSameAs(failure).isNotSameAs(SDK);
    if (e.getCause() != null) {
      assertThat(e.getCause().getMessage()).isEqualTo(e.getMessage());
    }
  }

  @Test
  void fromItsParts_holdsThemAsGiven_andAttachesTheSdkExceptionOnly() {
    ConnectorToolException e = new ConnectorToolException("Bad arguments.", ConnectorToolException.Reason.INVALID_ARGUMENTS, "github", "search", null, null);
    ConnectorToolException withSdk = new ConnectorToolException("Late.", ConnectorToolException.Reason.TIMEOUT, "github", "search", 504, SDK);

    assertThat(e.getMessage()).isEqualTo("Bad arguments.");
    assertThat(e.reason()).isEqualTo(ConnectorToolException.Reason.INVALID_ARGUMENTS);
    assertThat(e.connector()).isEqualTo("github");
    assertThat(e.toolName()).isEqualTo("search");
    assertThat(e.statusCode()).isNull();
    assertThat(e.sdkException()).isNull();
    assertThat(e.getSuppressed()).isEmpty();
    assertThat(withSdk.statusCode()).isEqualTo(504);
    assertThat(withSdk.getSuppressed()).containsExactly(SDK);
  }

  @Test
  void fromItsParts_withoutAReason_failsNamingIt() {
    assertThatThrownBy(() -> new ConnectorToolException("m", null, "github", "search", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }

  @Test
  void fromTheToolsCoresFailure_withoutOne_failsNamingIt() {
    assertThatThrownBy(() -> new ConnectorToolException((ConnectorToolCallException) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("failure");
  }

  @Test
  void reasons_areTheToolsCoresByNameAndOrder() {
    assertThat(Arrays.stream(ConnectorToolException.Reason.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(ConnectorToolCallException.Reason.values()).map(Enum::name).toList());
  }
}
