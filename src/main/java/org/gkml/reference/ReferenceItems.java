package org.gkml.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference items of one pilot field (catalogs/standard-items/&lt;CODE&gt;.yaml, shipped in the jar), or a county's
 * own file in the same shape. {@code status} says whether the file lists the whole guideline ({@code complete}) or
 * only the rows that could be confirmed ({@code partial}).
 */
public final class ReferenceItems {

  private final String field;
  private final String code;
  private final String status;
  private final String source;
  private final List<ReferenceItem> items;

  private ReferenceItems(String field, String code, String status, String source, List<ReferenceItem> items) {
    this.field = field;
    this.code = code;
    this.status = status;
    this.source = source;
    this.items = List.copyOf(items);
  }

  /** The shipped reference items of a field; null when the jar has none for it. */
  public static ReferenceItems builtIn(PilotField field) {
    String name = "/catalogs/standard-items/" + field.code() + ".yaml";
    if (ReferenceItems.class.getResource(name) == null) {
      return null;
    }
    return parse(YamlTrees.resource(name), "catalogs/standard-items/" + field.code() + ".yaml", lines(name));
  }

  /** A reference file of the user's ({@code --reference FILE}). */
  public static ReferenceItems load(Path file) {
    List<Integer> lines;
    try {
      lines = itemLines(java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw new ReferenceException(file + ": " + e.getMessage(), e);
    }
    return parse(YamlTrees.file(file), file.toString(), lines);
  }

  static ReferenceItems parse(JsonNode root, String source, List<Integer> lines) {
    JsonNode list = root.get("items");
    if (list == null || !list.isArray()) {
      throw new ReferenceException(source + ": no 'items' list");
    }
    List<ReferenceItem> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list) {
      String topic = orEmpty(YamlTrees.text(n, "topic"));
      String item = orEmpty(YamlTrees.text(n, "item"));
      if (topic.isEmpty() && item.isEmpty()) {
        throw new ReferenceException(source + ": item " + (i + 1) + " has neither topic nor item");
      }
      JsonNode required = n.get("required");
      out.add(new ReferenceItem(topic, item, orEmpty(YamlTrees.text(n, "content")), List.copyOf(YamlTrees.list(n, "basis")),
          orEmpty(YamlTrees.text(n, "deadline")), orEmpty(YamlTrees.text(n, "owner_role")),
          List.copyOf(YamlTrees.list(n, "channels")), orEmpty(YamlTrees.text(n, "audience")),
          orEmpty(YamlTrees.text(n, "mode")), List.copyOf(YamlTrees.list(n, "levels")),
          required == null || required.asBoolean(true), List.copyOf(YamlTrees.list(n, "aliases")),
          i < lines.size() ? lines.get(i) : 0));
      i++;
    }
    return new ReferenceItems(orEmpty(YamlTrees.text(root, "field")), orEmpty(YamlTrees.text(root, "code")),
        orEmpty(YamlTrees.text(root, "status")), source, out);
  }

  private static List<Integer> lines(String resource) {
    try (java.io.InputStream in = ReferenceItems.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return itemLines(text.lines().toList());
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  /** Lines that start an entry of the items list ({@code "  - topic: …"}): the reference item's place. */
  private static List<Integer> itemLines(List<String> text) {
    List<Integer> out = new ArrayList<>();
    boolean inItems = false;
    for (int i = 0; i < text.size(); i++) {
      String l = text.get(i);
      if (l.startsWith("items:")) {
        inItems = true;
      } else if (inItems && l.matches("^\\s{0,4}- .*")) {
        out.add(i + 1);
      } else if (inItems && !l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#")) {
        inItems = false;
      }
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }

  /** {@code complete} or {@code partial} (only confirmed rows). */
  public String status() {
    return status;
  }

  public String source() {
    return source;
  }

  public List<ReferenceItem> items() {
    return items;
  }
}
