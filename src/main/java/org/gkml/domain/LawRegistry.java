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
  private final Map<String, List<Law>> bySubject = new HashMap<>();
  private final Map<String, List<Law>> byNumber = new HashMap<>();

  public LawRegistry(List<Law> laws) {
    this.laws = List.copyOf(laws);
    for (Law law : laws) {
      byId.put(law.id(), law);
      index(byKey, key(law.title()), law);
      index(bySubject, subjectKey(law.title()), law);
      for (String a : law.aliases()) {
        index(byKey, key(a), law);
        index(bySubject, subjectKey(a), law);
      }
      String n = numberKey(law.number());
      if (n != null) {
        index(byNumber, n, law);
      }
    }
  }

  private static void index(Map<String, List<Law>> map, String key, Law law) {
    List<Law> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(law)) {
      list.add(law);
    }
  }

  /** The registry shipped in the jar, read on first use. */
  public static LawRegistry shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Starts reading the shipped registry on another core (about 0.1 s of YAML) while the command line is parsed and
   * the input opened; {@link #shipped()} then finds it ready, or waits for it to finish.
   */
  public static void preload() {
    Thread t = new Thread(() -> {
      try {
        shipped();
      } catch (Throwable e) {
        // the command that needs the registry meets the same failure and reports it
      }
    }, "gkml-laws");
    t.setDaemon(true);
    t.start();
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

  /**
   * The key of a document's subject: the title without the issuing bodies before 关于 (国务院办公厅关于…的指导意见 and
   * 关于…的指导意见 are the same document; catalogs write both). Titles without 关于 keep their {@link #key}.
   */
  public static String subjectKey(String title) {
    String k = key(title);
    int at = k.indexOf("关于");
    if (at > 0 && ISSUERS.matcher(k.substring(0, at)).matches()) {
      return k.substring(at);
    }
    return k;
  }

  /** One or more issuing bodies as they precede 关于: 国务院办公厅, 民政部 财政部, 中共中央办公厅、国务院办公厅. */
  private static final java.util.regex.Pattern ISSUERS = java.util.regex.Pattern.compile(
      "(?:[\\p{IsHan}]{1,20}?(?:院|厅|部|委|委员会|局|署|会|办|办公室|中央|政府|总局|银行|联合会)[、,，]?){1,8}");

  /**
   * The key a promulgation or document number matches on, or null for numbers that do not name one document:
   * 主席令 numbers restart with each presidency (主席令第21号 names several laws).
   */
  public static String numberKey(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    String n = Citation.normaliseNumber(number).replaceAll("[\\[\\(【﹝［]", "〔").replaceAll("[\\]\\)】﹞］]", "〕");
    return n.startsWith("主席令") ? null : n;
  }

  /** Every law whose title or alias matches the written title (several versions may share a title). */
  public List<Law> byTitle(String written) {
    List<Law> exact = byKey.getOrDefault(key(written), List.of());
    return exact.isEmpty() ? bySubject.getOrDefault(subjectKey(written), List.of()) : exact;
  }

  /** The one law with this promulgation or document number, or null (unknown, ambiguous, or a 主席令 number). */
  public Law byNumber(String number) {
    List<Law> found = byNumber.getOrDefault(numberKey(number), List.of());
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * The law a number names when the title written with it names another document: 《中华人民共和国政府信息公开条例》
   * with 国办发〔2019〕54号. Null when the number is unknown or the title is the same document written differently
   * (with or without its issuers, a few words more or less, or the notice that issued it: 关于印发〈…〉的通知).
   */
  public Law numberConflict(String title, String number) {
    Law byNo = byNumber(number);
    if (byNo == null || byTitle(title).contains(byNo) || sameDocument(title, byNo)) {
      return null;
    }
    return byNo;
  }

  /** Whether a written title plausibly names this law: one subject contains the other, or they share most words. */
  static boolean sameDocument(String written, Law law) {
    String w = subjectKey(written);
    List<String> names = new ArrayList<>(law.aliases());
    names.add(law.title());
    for (String name : names) {
      String t = subjectKey(name);
      if (t.length() >= 4 && (w.contains(t) || t.contains(w) && w.length() >= 4) || dice(w, t) >= 0.6) {
        return true;
      }
    }
    return false;
  }

  /** Dice coefficient of the character bigrams of two texts (1 = same bigrams). */
  static double dice(String a, String b) {
    if (a.length() < 2 || b.length() < 2) {
      return a.equals(b) ? 1 : 0;
    }
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + 2 <= a.length(); i++) {
      grams.merge(a.substring(i, i + 2), 1, Integer::sum);
    }
    int shared = 0;
    for (int i = 0; i + 2 <= b.length(); i++) {
      Integer c = grams.get(b.substring(i, i + 2));
      if (c != null && c > 0) {
        shared++;
        grams.put(b.substring(i, i + 2), c - 1);
      }
    }
    return 2.0 * shared / (a.length() - 1 + b.length() - 1);
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
      Law byNo = number == null ? null : byNumber(number);
      return byNo != null && sameDocument(title, byNo) ? byNo : null;
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
