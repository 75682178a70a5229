package org.gkml.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.text.Texts;

/**
 * Which disclosure items each power category (行政许可 … 其他行政权力) and each service-list row (公共服务)
 * generates, with their content, deadline, added basis, channels, audience and mode (DOMAIN §8). Loaded from
 * {@code catalogs/mapping.yaml}, or from a county's own file with the same keys.
 */
public final class Mapping {

  /** The category key service-list rows use. */
  public static final String SERVICE = "公共服务";

  /** One disclosure item to generate: 二级事项 name and its elements (null = the mapping's default). */
  public record ItemTemplate(String item, String content, String deadline, List<String> basis, List<String> channels,
      String audience, String mode) {}

  /** The items one category generates. */
  public record Category(String name, List<String> aliases, List<ItemTemplate> items) {}

  private final String deadline;
  private final List<String> basis;
  private final List<String> channels;
  private final String audience;
  private final String mode;
  private final List<String> levels;
  private final Map<String, Category> categories;
  private final String source;

  private Mapping(JsonNode root, String source) {
    this.source = source;
    JsonNode d = root.path("defaults");
    deadline = orElse(YamlTrees.text(d, "deadline"), "信息形成或者变更之日起20个工作日内");
    basis = List.copyOf(YamlTrees.list(d, "basis"));
    channels = List.copyOf(orElse(YamlTrees.list(d, "channels"), List.of("政府网站")));
    audience = orElse(YamlTrees.text(d, "audience"), "全社会");
    mode = orElse(YamlTrees.text(d, "mode"), "主动");
    levels = List.copyOf(orElse(YamlTrees.list(d, "levels"), List.of("县级")));
    JsonNode cats = root.get("categories");
    if (cats == null || !cats.isObject() || cats.isEmpty()) {
      throw new ReferenceException(source + ": no 'categories' (行政许可, 行政处罚 … 公共服务)");
    }
    categories = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = cats.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey().strip();
      JsonNode c = e.getValue();
      List<ItemTemplate> items = new ArrayList<>();
      JsonNode list = c.path("items");
      if (!list.isArray() || list.isEmpty()) {
        throw new ReferenceException(source + ": category " + name + " has no items");
      }
      for (JsonNode i : list) {
        String item = YamlTrees.text(i, "item");
        if (item == null || item.isBlank()) {
          throw new ReferenceException(source + ": an item of category " + name + " has no 'item' name");
        }
        List<String> ch = YamlTrees.list(i, "channels");
        items.add(new ItemTemplate(item.strip(), orElse(YamlTrees.text(i, "content"), ""),
            orElse(YamlTrees.text(i, "deadline"), deadline), List.copyOf(YamlTrees.list(i, "basis")),
            List.copyOf(ch.isEmpty() ? channels : ch), orElse(YamlTrees.text(i, "audience"), audience),
            orElse(YamlTrees.text(i, "mode"), mode)));
      }
      categories.put(name, new Category(name, List.copyOf(YamlTrees.list(c, "aliases")), List.copyOf(items)));
    }
  }

  private static final class BuiltIn {
    static final Mapping INSTANCE = new Mapping(YamlTrees.resource("/catalogs/mapping.yaml"), "catalogs/mapping.yaml");
  }

  /** The mapping shipped in the jar. */
  public static Mapping builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** A county's own mapping file ({@code --mapping FILE}). */
  public static Mapping load(Path file) {
    return new Mapping(YamlTrees.file(file), file.toString());
  }

  public String source() {
    return source;
  }

  public String defaultDeadline() {
    return deadline;
  }

  /** Citations added to every generated item (the 政府信息公开条例). */
  public List<String> basis() {
    return basis;
  }

  public List<String> defaultLevels() {
    return levels;
  }

  public Map<String, Category> categories() {
    return categories;
  }

  /**
   * The category a 职权类型 cell means: the standard name as written, a short form (许可), a suffixed form (行政处罚类),
   * a sub-label (其他行政权力-备案) or a listed alias; null if none fits.
   */
  public Category categoryOf(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String s = norm(written);
    List<String> forms = new ArrayList<>(List.of(s));
    String noSub = s.replaceAll("[-—(（].*$", "");
    forms.add(noSub);
    forms.add(noSub.replaceAll("(类|事项|权力|权)$", ""));
    for (String f : List.copyOf(forms)) {
      forms.add("行政" + f);
    }
    for (String f : forms) {
      for (Category c : categories.values()) {
        if (norm(c.name()).equals(f)) {
          return c;
        }
      }
    }
    for (String f : forms) {
      for (Category c : categories.values()) {
        for (String a : c.aliases()) {
          if (norm(a).equals(f)) {
            return c;
          }
        }
      }
    }
    if (s.startsWith("其他") || s.startsWith("其它")) {
      return category("其他行政权力");
    }
    return null;
  }

  public Category category(String name) {
    return categories.get(name);
  }

  /** The position of a category in the file, for stable ordering. */
  public int order(String category) {
    int i = 0;
    for (String k : categories.keySet()) {
      if (k.equals(category)) {
        return i;
      }
      i++;
    }
    return i;
  }

  private static String norm(String s) {
    return Texts.toSimplified(Texts.toHalfWidth(Texts.compact(s))).replace('(', '（');
  }

  private static <T> T orElse(T v, T fallback) {
    if (v == null || (v instanceof String s && s.isBlank()) || (v instanceof List<?> l && l.isEmpty())) {
      return fallback;
    }
    return v;
  }
}
