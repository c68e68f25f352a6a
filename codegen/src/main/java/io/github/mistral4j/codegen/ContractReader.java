package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads a YAML (or JSON) document, such as the OpenAPI contract or its overlay, as a tree. */
public final class ContractReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ContractReader() {}

  /**
   * Reads a document whose root is a mapping.
   *
   * @param file the YAML file
   * @return its root object
   */
  public static ObjectNode read(Path file) {
    try {
      JsonNode root = YAML.readTree(file.toFile());
      if (!(root instanceof ObjectNode)) {
        throw new IllegalArgumentException(file + ": the root is not a mapping");
      }
      return (ObjectNode) root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
