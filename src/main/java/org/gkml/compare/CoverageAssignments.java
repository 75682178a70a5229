package org.gkml.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gkml.reference.PinTable;
import org.gkml.reference.ReferenceException;
import org.gkml.reference.ReferenceItem;

/**
 * The {@code coverage --assign} table: a person's decisions that pin catalog items to reference items. Each line
 * names a catalog item (its YAML {@code id}, its {@code 一级/二级} names, or its 二级 name alone) and the reference
 * item it stands for ({@code 一级/二级}, or a 二级 name that is unique in the reference), or {@code none} (无) for an
 * item the county added. Either YAML (a mapping, {@code 招生管理/招生计划: 招生管理/招生计划}) or CSV/TSV with two
 * columns and an optional header {@code item,reference} ({@code 事项,参考事项}); {@code #} starts a comment.
 */
public final class CoverageAssignments {

  /** One line: the catalog item it names, and its reference item or none. */
  public record Pin(int line, String item, String reference) {
    public boolean none() {
      return NONE.contains(reference.strip().toLowerCase(Locale.ROOT));
    }
  }

  private static final Set<String> NONE = Set.of("none", "无", "-", "（无）", "(无)", "新增");
  private static final Set<String> HEADERS = Set.of("item", "事项", "目录事项");

  private final String source;
  private final List<Pin> pins;

  private CoverageAssignments(String source, List<Pin> pins) {
    this.source = source;
    this.pins = List.copyOf(pins);
  }

  public static CoverageAssignments none() {
    return new CoverageAssignments(null, List.of());
  }

  public static CoverageAssignments load(Path file) {
    String text = PinTable.readText(file);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Pin> pins = name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(file, text) : csv(file, text);
    return new CoverageAssignments(file.toString(), pins);
  }

  private static List<Pin> yaml(Path file, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (IOException e) {
      throw new ReferenceException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    List<Pin> out = new ArrayList<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return out;
    }
    if (!root.isObject()) {
      throw new ReferenceException(file + ": expected a mapping of catalog item → reference item (or none)");
    }
    List<String> lines = text.lines().toList();
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String ref = e.getValue() == null || e.getValue().isNull() ? "none" : e.getValue().asText();
      out.add(new Pin(lineOf(lines, e.getKey()), e.getKey().strip(), ref.strip()));
    }
    return out;
  }

  private static int lineOf(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(key)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static List<Pin> csv(Path file, String text) {
    List<Pin> out = new ArrayList<>();
    for (PinTable.Row r : PinTable.rows(file, text, HEADERS, "reference item (or none)")) {
      out.add(new Pin(r.line(), r.key(), r.value()));
    }
    return out;
  }

  /** The pin that names this catalog item (by id, 一级/二级, or 二级 alone), or null. */
  public Pin pinFor(LoadedCatalog.Entry e) {
    String id = e.item().id();
    String label = Names.normalize(e.item().topic()) + "/" + Names.normalize(e.item().item());
    String item = Names.normalize(e.item().item());
    for (Pin p : pins) {
      if (!id.isEmpty() && p.item().equals(id)) {
        return p;
      }
    }
    for (Pin p : pins) {
      if (labelKey(p.item()).equals(label)) {
        return p;
      }
    }
    for (Pin p : pins) {
      if (!p.item().contains("/") && Names.normalize(p.item()).equals(item)) {
        return p;
      }
    }
    return null;
  }

  /** The reference item a pin names; a {@link ReferenceException} naming the line when there is none or several. */
  public ReferenceItem resolve(Pin pin, List<ReferenceItem> refs) {
    String want = pin.reference();
    List<ReferenceItem> found = new ArrayList<>();
    for (ReferenceItem r : refs) {
      boolean hit = want.contains("/")
          ? labelKey(want).equals(Names.normalize(r.topic()) + "/" + Names.normalize(r.item()))
          : Names.normalize(want).equals(Names.normalize(r.item().isEmpty() ? r.topic() : r.item()));
      if (hit) {
        found.add(r);
      }
    }
    if (found.size() != 1) {
      throw new ReferenceException(source + " line " + pin.line() + ": " + (found.isEmpty()
          ? "no reference item \"" + want + "\" (write 一级/二级 as listed by gkml coverage, or none)"
          : "\"" + want + "\" names " + found.size() + " reference items; write 一级/二级"));
    }
    return found.get(0);
  }

  /** 一级/二级 as compared: each side normalized (a / inside a name is not supported). */
  private static String labelKey(String written) {
    int slash = written.indexOf('/');
    if (slash < 0) {
      return "/" + Names.normalize(written);
    }
    return Names.normalize(written.substring(0, slash)) + "/" + Names.normalize(written.substring(slash + 1));
  }

  public String source() {
    return source;
  }

  public List<Pin> pins() {
    return pins;
  }
}
