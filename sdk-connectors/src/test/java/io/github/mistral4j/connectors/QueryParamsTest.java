package io.github.mistral4j.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistral4j.connectors.model.AuthenticationType;
import org.junit.jupiter.api.Test;

/** The query parameter classes as values: unset parameters, copies, equality, text and the checks of their setters. */
class QueryParamsTest {
  @Test
  void noneSetsNothing() {
    assertThat(ListConnectorsParams.none()).isSameAs(ListConnectorsParams.none())
        .isEqualTo(ListConnectorsParams.builder().build())
        .hasSameHashCodeAs(ListConnectorsParams.builder().build());
    assertThat(ListConnectorsParams.none().active()).isNull();
    assertThat(ListConnectorsParams.none().cursor()).isNull();
    assertThat(ListConnectorsParams.none().pageSize()).isNull();
    assertThat(ListConnectorsParams.none())
        .hasToString("ListConnectorsParams{active=null, cursor=null, pageSize=null}");
    assertThat(ListToolsParams.none())
        .hasToString("ListToolsParams{page=null, pageSize=null, refresh=null, credentialsName=null}");
    assertThat(GetConnectorParams.none())
        .hasToString("GetConnectorParams{fetchUserData=null, fetchCustomerData=null}");
    assertThat(GetAuthUrlParams.none()).hasToString("GetAuthUrlParams{appReturnUrl=null, methodType=null, "
        + "credentialsName=null, credentialsTitle=null, githubInstallationLink=null}");
    assertThat(ListCredentialsParams.none()).hasToString("ListCredentialsParams{authType=null, fetchDefault=null}");
  }

  @Test
  void setValuesAreKept_copied_andCompared() {
    ListConnectorsParams list = ListConnectorsParams.builder().active(false).cursor("c").pageSize(7).build();
    assertThat(list).hasToString("ListConnectorsParams{active=false, cursor=c, pageSize=7}");
    assertThat(list.toBuilder().build()).isEqualTo(list).hasSameHashCodeAs(list);
    assertThat(list.toBuilder().active(null).build().active()).isNull();
    assertThat(list.toBuilder().cursor(null).build()).isNotEqualTo(list);
    assertThat(list).isNotEqualTo(null).isNotEqualTo("ListConnectorsParams");

    ListToolsParams tools = ListToolsParams.builder().page(2).pageSize(3).refresh(true).credentialsName("w-1").build();
    assertThat(tools).hasToString("ListToolsParams{page=2, pageSize=3, refresh=true, credentialsName=w-1}");
    assertThat(tools.toBuilder().build()).isEqualTo(tools).hasSameHashCodeAs(tools);
    assertThat(tools.toBuilder().credentialsName(null).build().credentialsName()).isNull();

    GetConnectorParams get = GetConnectorParams.builder().fetchUserData(true).fetchCustomerData(false).build();
    assertThat(get).hasToString("GetConnectorParams{fetchUserData=true, fetchCustomerData=false}");
    assertThat(get.toBuilder().build()).isEqualTo(get).hasSameHashCodeAs(get);

    GetAuthUrlParams auth = GetAuthUrlParams.builder().appReturnUrl("https://app.example/back")
        .methodType(AuthenticationType.OAUTH2).credentialsName("mine").credentialsTitle("Mine")
        .githubInstallationLink(true).build();
    assertThat(auth).hasToString("GetAuthUrlParams{appReturnUrl=https://app.example/back, methodType=oauth2, "
        + "credentialsName=mine, credentialsTitle=Mine, githubInstallationLink=true}");
    assertThat(auth.toBuilder().build()).isEqualTo(auth).hasSameHashCodeAs(auth);
    assertThat(auth.toBuilder().methodType(null).build().methodType()).isNull();

    ListCredentialsParams credentials =
        ListCredentialsParams.builder().authType(AuthenticationType.BEARER).fetchDefault(true).build();
    assertThat(credentials).hasToString("ListCredentialsParams{authType=bearer, fetchDefault=true}");
    assertThat(credentials.toBuilder().build()).isEqualTo(credentials).hasSameHashCodeAs(credentials);
  }

  @Test
  void settersCheckTheContractsLimits_andKeepTheLastGoodValue() {
    ListConnectorsParams.Builder list = ListConnectorsParams.builder().pageSize(5);
    assertThatThrownBy(() -> list.pageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("page_size must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> list.pageSize(1001)).hasMessage("page_size must be between 1 and 1000, got 1001");
    assertThat(list.build().pageSize()).isEqualTo(5);
    assertThat(list.pageSize(1000).build().pageSize()).isEqualTo(1000);

    assertThatThrownBy(() -> ListToolsParams.builder().page(0))
        .hasMessage("page must be between 1 and 2147483647, got 0");
    assertThatThrownBy(() -> ListToolsParams.builder().pageSize(0))
        .hasMessage("page_size must be between 1 and 2147483647, got 0");
    assertThatThrownBy(() -> ListToolsParams.builder().credentialsName("two words"))
        .hasMessage("credentials_name must match ^[a-zA-Z0-9_-]{1,64}$ (letters, digits, '_' and '-', 1 to 64), "
            + "got 'two words'");

    GetAuthUrlParams.Builder auth = GetAuthUrlParams.builder();
    assertThatThrownBy(() -> auth.credentialsName(""))
        .hasMessageStartingWith("credentials_name must match ^[a-zA-Z0-9_-]{1,64}$");
    assertThatThrownBy(() -> auth.credentialsTitle("t".repeat(256)))
        .hasMessage("credentials_title must be at most 255 characters, got 256");
    assertThat(auth.credentialsTitle("t".repeat(255)).credentialsName(null).build().credentialsTitle()).hasSize(255);
  }
}
