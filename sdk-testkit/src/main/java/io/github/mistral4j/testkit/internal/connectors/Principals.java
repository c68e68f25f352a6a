package io.github.mistral4j.testkit.internal.connectors;

/** The fixed identities the stand-in acts for: one user, in one workspace, in one organization. */
final class Principals {
  static final String USER_ID = "5e1f0a77-0000-4000-8000-000000000001";
  static final String WORKSPACE_ID = "5e1f0a77-0000-4000-8000-000000000002";
  static final String ORGANIZATION_ID = "5e1f0a77-0000-4000-8000-000000000003";

  private Principals() {}

  /** The owner id of a connector with this visibility. */
  static String ownerId(String visibility) {
    return switch (visibility) {
      case "shared_workspace" -> WORKSPACE_ID;
      case "shared_org", "shared_global" -> ORGANIZATION_ID;
      default -> USER_ID;
    };
  }

  /** The {@code ConsumerType} owning a connector with this visibility. */
  static String ownerType(String visibility) {
    return switch (visibility) {
      case "shared_workspace" -> "workspace";
      case "shared_org" -> "org";
      case "shared_global" -> "system";
      default -> "user";
    };
  }
}
