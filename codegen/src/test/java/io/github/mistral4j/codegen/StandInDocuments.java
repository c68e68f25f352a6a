package io.github.mistral4j.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/** A small contract with an overlay setting its {@code x-standin}, and what the emitter makes of it. */
final class StandInDocuments {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private StandInDocuments() {}

  /** The contract (YAML) with {@code x-standin} (YAML) set by an overlay. */
  static ObjectNode document(String contract, String standin) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(contract);
    ObjectNode overlay = YAML.createObjectNode().put("overlay", "1.0.0");
    ObjectNode action = overlay.putArray("actions").addObject().put("target", "$");
    action.putObject("update").set("x-standin", YAML.readTree(standin));
    OverlayApplier.apply(doc, overlay);
    return doc;
  }

  /** The source the emitter writes for that document. */
  static String emit(String contract, String standin) throws IOException {
    ObjectNode doc = document(contract, standin);
    return StandInSpecsEmitter.emit(StandInSpecsModel.read(doc).orElseThrow(), doc, "Generated.").toString();
  }
}
