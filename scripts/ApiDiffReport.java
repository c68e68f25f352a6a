import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns japicmp's XML reports into one Markdown report of the incompatible changes; part of
 * scripts/api-diff.sh, run with the JDK's source launcher (java ApiDiffReport.java ...).
 *
 * <p>Arguments: the report file, the base and head labels, then one MODULE=VALUE per module, VALUE
 * being japicmp's XML report, or "old" / "new" / "" when the module exists on one side or neither.
 * Exit status: 0 no incompatible change, 3 some, anything else a failure.
 */
public class ApiDiffReport {

  /** One incompatible member (or the class itself) and its compatibility change codes. */
  record Change(String member, Map<String, String> codes) {}

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    String base = args[1];
    String head = args[2];
    StringBuilder md = new StringBuilder();
    StringBuilder summary = new StringBuilder();
    md.append("# Public API diff\n\n")
        .append("Base: `").append(base).append("`; head: `").append(head).append("` (working tree).\n")
        .append("Public and protected API of the published modules, `*.internal` packages excluded, ")
        .append("compared by japicmp. Codes are japicmp's compatibility changes, marked ")
        .append("**B** (binary incompatible) and/or **S** (source incompatible). ")
        .append("japicmp's full XML and HTML reports per module are beside this file.\n");
    int total = 0;
    for (int i = 3; i < args.length; i++) {
      String module = args[i].substring(0, args[i].indexOf('='));
      String value = args[i].substring(args[i].indexOf('=') + 1);
      md.append("\n## ").append(module).append("\n\n");
      if (!value.endsWith(".xml")) {
        String note = value.equals("new") ? "new module: not in the base, nothing to compare"
            : value.equals("old") ? "REMOVED: the module is in the base but not in the head"
            : "in neither tree";
        md.append(note).append(".\n");
        summary.append(String.format("  %-20s %s%n", module, note));
        if (value.equals("old")) {
          total++;
        }
        continue;
      }
      Map<String, List<Change>> byClass = read(Path.of(value));
      int binary = 0;
      int sourceOnly = 0;
      for (List<Change> changes : byClass.values()) {
        for (Change c : changes) {
          if (c.codes().values().stream().anyMatch(f -> f.contains("B"))) {
            binary++;
          } else {
            sourceOnly++;
          }
        }
      }
      total += binary + sourceOnly;
      summary.append(String.format("  %-20s %3d binary incompatible, %3d source incompatible only (%d classes)%n",
          module, binary, sourceOnly, byClass.size()));
      if (byClass.isEmpty()) {
        md.append("No incompatible change.\n");
        continue;
      }
      md.append(binary).append(" binary incompatible, ").append(sourceOnly)
          .append(" source incompatible only, in ").append(byClass.size()).append(" classes.\n\n")
          .append("| Class | Member | Changes |\n|---|---|---|\n");
      byClass.forEach((cls, changes) -> {
        for (Change c : changes) {
          StringBuilder codes = new StringBuilder();
          c.codes().forEach((code, flags) -> codes.append(codes.length() == 0 ? "" : "<br>")
              .append('`').append(code).append("` ").append(flags));
          md.append("| `").append(cls).append("` | ").append(c.member().isEmpty() ? "(class)" : "`" + cell(c.member()) + "`")
              .append(" | ").append(codes).append(" |\n");
        }
      });
    }
    md.append("\n## Summary\n\n```\n").append(summary).append("```\n");
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, md.toString(), StandardCharsets.UTF_8);
    System.out.print("api-diff summary (base " + base + ", head " + head + "):\n" + summary);
    System.out.println(total == 0 ? "api-diff: no incompatible change"
        : "api-diff: " + total + " incompatible changes, listed in the report");
    System.exit(total == 0 ? 0 : 3);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  /** The incompatible changes of one japicmp XML report, by class name. */
  static Map<String, List<Change>> read(Path xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
    Map<String, List<Change>> result = new TreeMap<>();
    for (Element cls : children(child(root, "classes"), "class")) {
      List<Change> changes = new ArrayList<>();
      String name = cls.getAttribute("fullyQualifiedName");
      add(changes, "", codes(child(cls, "compatibilityChanges")));
      Element superclass = child(cls, "superclass");
      if (superclass != null) {
        add(changes, "superclass " + superclass.getAttribute("superclassOld") + " -> "
            + superclass.getAttribute("superclassNew"), allCodes(superclass));
      }
      for (Element itf : children(child(cls, "interfaces"), "interface")) {
        add(changes, "interface " + itf.getAttribute("fullyQualifiedName") + " ("
            + itf.getAttribute("changeStatus").toLowerCase() + ")", allCodes(itf));
      }
      for (Element ann : children(child(cls, "annotations"), "annotation")) {
        add(changes, "@" + ann.getAttribute("fullyQualifiedName"), allCodes(ann));
      }
      for (Element field : children(child(cls, "fields"), "field")) {
        add(changes, field(field), allCodes(field));
      }
      for (Element ctor : children(child(cls, "constructors"), "constructor")) {
        add(changes, simpleName(name) + params(ctor) + status(ctor), allCodes(ctor));
      }
      for (Element method : children(child(cls, "methods"), "method")) {
        add(changes, method(method), allCodes(method));
      }
      if (!changes.isEmpty()) {
        result.put(name, changes);
      }
    }
    return result;
  }

  private static void add(List<Change> changes, String member, Map<String, String> codes) {
    if (!codes.isEmpty()) {
      changes.add(new Change(member, codes));
    }
  }

  /** Incompatible codes directly in one compatibilityChanges element: code -> "B", "S" or "B S". */
  private static Map<String, String> codes(Element changes) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Element c : children(changes, "compatibilityChange")) {
      String flags = ("false".equals(c.getAttribute("binaryCompatible")) ? "B " : "")
          + ("false".equals(c.getAttribute("sourceCompatible")) ? "S" : "");
      if (!flags.isEmpty()) {
        codes.merge(c.getAttribute("type"), flags.trim(), (a, b) -> a.length() >= b.length() ? a : b);
      }
    }
    return codes;
  }

  /** Incompatible codes anywhere under a member (its parameters, return type, annotations...). */
  private static Map<String, String> allCodes(Element member) {
    Map<String, String> codes = new LinkedHashMap<>();
    var list = member.getElementsByTagName("compatibilityChanges");
    for (int i = 0; i < list.getLength(); i++) {
      codes((Element) list.item(i)).forEach((k, v) -> codes.merge(k, v, (a, b) -> a.length() >= b.length() ? a : b));
    }
    return codes;
  }

  private static String method(Element m) {
    Element ret = child(m, "returnType");
    String returns = change(type(ret.getAttribute("oldValue"), child(ret, "oldGenericTypes")),
        type(ret.getAttribute("newValue"), child(ret, "newGenericTypes")));
    return m.getAttribute("name") + params(m) + ": " + returns + status(m);
  }

  private static String field(Element f) {
    Element type = child(f, "type");
    return "field " + f.getAttribute("name") + ": "
        + change(type(type.getAttribute("oldValue"), child(f, "oldGenericTypes")),
            type(type.getAttribute("newValue"), child(f, "newGenericTypes"))) + status(f);
  }

  private static String status(Element member) {
    String s = member.getAttribute("changeStatus");
    return s.equals("REMOVED") || s.equals("NEW") ? " (" + s.toLowerCase() + ")" : "";
  }

  private static String params(Element member) {
    List<String> out = new ArrayList<>();
    for (Element p : children(child(member, "parameters"), "parameter")) {
      out.add(change(type(p.getAttribute("type"), child(p, "oldGenericTypes")),
          type(p.getAttribute("type"), child(p, "newGenericTypes"))));
    }
    return "(" + String.join(", ", out) + ")";
  }

  /** "old -> new", or one of them when the other is absent (n.a.) or they are equal. */
  private static String change(String oldT, String newT) {
    if (oldT.equals(newT) || newT.equals("n.a.")) {
      return simple(oldT);
    }
    if (oldT.equals("n.a.")) {
      return simple(newT);
    }
    boolean same = simple(oldT).equals(simple(newT));
    return (same ? oldT : simple(oldT)) + " -> " + (same ? newT : simple(newT));
  }

  /** A type with its generic arguments (full names). */
  private static String type(String raw, Element generics) {
    List<String> args = new ArrayList<>();
    for (Element g : elementChildren(generics)) {
      String inner = type(g.getAttribute("type"), child(g, "genericTypes"));
      switch (g.getAttribute("genericWildCard")) {
        case "EXTENDS" -> args.add("? extends " + inner);
        case "SUPER" -> args.add("? super " + inner);
        case "UNBOUNDED" -> args.add("?");
        default -> args.add(inner);
      }
    }
    return raw + (args.isEmpty() ? "" : "<" + String.join(", ", args) + ">");
  }

  /** Package names of java.* and of the SDK left out. */
  private static String simple(String type) {
    return type.replaceAll("\\b(java\\.(lang|util|util\\.function|time|net)|io\\.github\\.mistral4j(\\.[a-z0-9]+)+)\\.(?=[A-Z])", "");
  }

  private static String simpleName(String fqcn) {
    return fqcn.substring(fqcn.lastIndexOf('.') + 1);
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : elementChildren(parent)) {
      if (e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> elementChildren(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private ApiDiffReport() {}
}
