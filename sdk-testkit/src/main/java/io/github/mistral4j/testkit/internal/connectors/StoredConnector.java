package io.github.mistral4j.testkit.internal.connectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** One connector's state. Mutable: only touched while holding the {@link ConnectorStore}'s lock. */
final class StoredConnector {
  final String id;
  final long seq;
  final Instant createdAt;
  String name;

  @Nullable
  String title;

  String description;

  @Nullable
  String server;

  @Nullable
  String iconUrl;

  @Nullable
  String systemPrompt;

  String visibility;
  Instant modifiedAt;

  @Nullable
  ObjectNode headers;
  /** Authentication methods by method type, each as a normalised create-or-update request (secrets dropped). */
  final Map<String, ObjectNode> authMethods = new LinkedHashMap<>();

  final Set<Scope> activeScopes = EnumSet.noneOf(Scope.class);
  /** The tool configuration each active scope was activated with, normalised; absent when none was sent. */
  final Map<Scope, ObjectNode> toolConfigurations = new EnumMap<>(Scope.class);
  final Map<Scope, Map<String, StoredCredential>> credentials = new EnumMap<>(Scope.class);

  StoredConnector(
      String id, long seq, String name, String description, String visibility, Instant now) {
    this.id = id;
    this.seq = seq;
    this.name = name;
    this.description = description;
    this.visibility = visibility;
    this.createdAt = now;
    this.modifiedAt = now;
    for (Scope s : Scope.values()) {
      credentials.put(s, new LinkedHashMap<>());
    }
  }

  /** The credentials of one scope, by name, oldest first. */
  Map<String, StoredCredential> credentials(Scope scope) {
    return credentials.get(scope);
  }

  /** Whether any credentials, of any scope, pass the test. */
  boolean anyCredentials(Predicate<StoredCredential> test) {
    for (Map<String, StoredCredential> ofScope : credentials.values()) {
      for (StoredCredential cred : ofScope.values()) {
        if (test.test(cred)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the connector is active in any scope. */
  boolean active() {
    return !activeScopes.isEmpty();
  }
}
