package org.gkml.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.text.Texts;

/**
 * The laws, regulations and documents catalogs cite (catalogs/laws.yaml, shipped in the jar, plus extra laws from
 * the configuration). Titles and aliases match after normalisation (blanks, width, Traditional forms, 《》 and a
 * leading 中华人民共和国 do not count); promulgation numbers tell versions apart (条例 492号 vs 711号).
 */
public final class LawRegistry {

  private static final class Shipped {
    static final LawRegistry INSTANCE = load();

    private static LawRegistry load() {
      try (InputStream in = LawRegistry.class.getResourceAsStream("/catalogs/laws.yaml")) {
        if (in == null) {
          throw new IllegalStateException("catalogs/laws.yaml missing from the jar");
        }
        return new LawRegistry(read(new ObjectMapper(new YAMLFactory()).readTree(in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final List<Law> laws;
  private final Map<String, Law> byId = new HashMap<>();
  private final Map<String, List<Law>> byKey = new HashMap<>();

  public LawRegistry(List<Law> laws) {
    this.laws = List.copyOf(laws);
    for (Law law : laws) {
      byId.put(law.id(), law);
      index(key(law.title()), law);
      for (String a : law.aliases()) {
        index(key(a), law);
      }
    }
  }

  private void index(String key, Law law) {
    List<Law> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(law)) {
      list.add(law);
    }
  }

  /** The registry shipped in the jar, read on first use. */
  public static LawRegistry shipped() {
    return Shipped.INSTANCE;
  }

  /** This registry plus the laws of a YAML file in the laws.yaml shape ({@code laws: [...]}). */
  public LawRegistry withFile(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    List<Law> all = new ArrayList<>(laws);
    all.addAll(read(root));
    return new LawRegistry(all);
  }

  static List<Law> read(JsonNode root) {
    List<Law> out = new ArrayList<>();
    JsonNode list = root == null ? null : root.get("laws");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("no laws: list");
    }
    for (JsonNode n : list) {
      String title = text(n, "title");
      if (title == null) {
        throw new IllegalArgumentException("a law without title");
      }
      List<String> aliases = new ArrayList<>();
      JsonNode a = n.get("aliases");
      if (a != null && a.isArray()) {
        a.forEach(x -> aliases.add(x.asText()));
      }
      String id = text(n, "id");
      out.add(new Law(id == null ? title : id, title, List.copyOf(aliases), text(n, "kind"), text(n, "number"),
          text(n, "effective"), text(n, "status"), text(n, "replaced_by")));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The key titles match on: no blanks, half-width, Simplified, no 《》, no leading 中华人民共和国. */
  public static String key(String title) {
    String s = Texts.toHalfWidth(Texts.toSimplified(Texts.compact(title)));
    s = s.replaceAll("[《》〈〉<>]", "");
    if (s.startsWith("中华人民共和国")) {
      s = s.substring("中华人民共和国".length());
    }
    return s;
  }

  /** Every law whose title or alias matches the written title (several versions may share a title). */
  public List<Law> byTitle(String written) {
    return byKey.getOrDefault(key(written), List.of());
  }

  public Law byId(String id) {
    return id == null ? null : byId.get(id);
  }

  /**
   * The version a citation means: the one with the cited number if there is one; otherwise the current version
   * (a citation without number means the law in force), or the only one. Null when the title is unknown.
   */
  public Law find(String title, String number) {
    List<Law> matches = byTitle(title);
    if (matches.isEmpty()) {
      return null;
    }
    if (number != null) {
      String n = Citation.normaliseNumber(number);
      for (Law l : matches) {
        String ln = l.number() == null ? null : Citation.normaliseNumber(l.number());
        if (ln != null && (ln.equals(n) || n.endsWith(ln) && ln.contains("〔"))) {
          return l;
        }
      }
    }
    for (Law l : matches) {
      if (l.isCurrent()) {
        return l;
      }
    }
    return matches.get(0);
  }

  /** The law in force that replaced a replaced one, following chains (A → B → C); null if none is recorded. */
  public Law replacement(Law law) {
    Law r = byId(law.replacedBy());
    for (int i = 0; r != null && !r.isCurrent() && r.replacedBy() != null && i < 10; i++) {
      r = byId(r.replacedBy());
    }
    return r;
  }

  public int size() {
    return laws.size();
  }

  /** Titles by id, in file order (for listings). */
  public Map<String, String> titles() {
    Map<String, String> m = new LinkedHashMap<>();
    laws.forEach(l -> m.put(l.id(), l.title()));
    return m;
  }
}
