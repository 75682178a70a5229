package org.gkml.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.domain.Deadline;
import org.gkml.domain.DeadlineParser;
import org.gkml.export.ExportItem;

/**
 * What changed between two versions of a catalog. Old and new items are paired one to one, in passes: the same
 * {@code id}; then the same 一级+二级 names (normalized) in the same field; then the same names in another field (a
 * move); then, within one field only, similar items ({@link #score}: the better of the name score and the mean of
 * name and content scores, at least {@link Names#SIMILAR}), best pairs first. Paired items are compared element by
 * element; the rest are added or removed. An item whose field differs is a move; one whose names differ, a rename.
 */
public final class CatalogDiff {

  /** What an old/new pair was matched by. */
  public enum By {
    ID, NAME, SIMILAR;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One element that differs: {@code element} is the JSON element name; {@code removed} and {@code added} the list
   * entries (basis, channels, audience, mode, levels) one side has and the other lacks; {@code trend} for deadlines
   * is {@code longer}, {@code shorter} or empty when the periods cannot be compared.
   */
  public record ElementChange(String element, String before, String after, List<String> removed, List<String> added,
      String trend) {}

  /** An item of both versions: how it was paired, and what differs (possibly nothing). */
  public record Pair(LoadedCatalog.Entry before, LoadedCatalog.Entry after, By by, double score,
      List<ElementChange> changes) {

    public boolean moved() {
      return !before.field().equals(after.field());
    }

    public boolean renamed() {
      return changes.stream().anyMatch(c -> c.element().equals("name"));
    }

    public boolean changed() {
      return moved() || !changes.isEmpty();
    }
  }

  /** The outcome: pairs in old order (changed ones and unchanged), added in new order, removed in old order. */
  public record Result(String before, String after, List<Pair> pairs, List<LoadedCatalog.Entry> added,
      List<LoadedCatalog.Entry> removed) {

    public List<Pair> changed() {
      return pairs.stream().filter(Pair::changed).toList();
    }

    public long renamed() {
      return pairs.stream().filter(Pair::renamed).count();
    }

    public long moved() {
      return pairs.stream().filter(Pair::moved).count();
    }

    public long unchanged() {
      return pairs.stream().filter(p -> !p.changed()).count();
    }

    public boolean any() {
      return !added.isEmpty() || !removed.isEmpty() || !changed().isEmpty();
    }
  }

  /** At most this many leftover old × new pairs are scored for similarity (about a minute of work). */
  static final long MAX_SCORED_PAIRS = 25_000_000L;

  private final DeadlineParser deadlines = new DeadlineParser();

  public Result compare(LoadedCatalog before, LoadedCatalog after) {
    List<LoadedCatalog.Entry> olds = before.items();
    List<LoadedCatalog.Entry> news = after.items();
    Map<LoadedCatalog.Entry, LoadedCatalog.Entry> pairOf = new HashMap<>();
    Map<LoadedCatalog.Entry, By> byOf = new HashMap<>();
    Map<LoadedCatalog.Entry, Double> scoreOf = new HashMap<>();
    Set<LoadedCatalog.Entry> taken = new HashSet<>();

    // Same id, then same names: each time the same field first, so that ids and names repeated across the files of
    // a directory stay apart. Indexes keep this linear in the number of items.
    for (boolean byId : new boolean[] {true, false}) {
      Map<String, List<LoadedCatalog.Entry>> index = new HashMap<>();
      for (LoadedCatalog.Entry n : news) {
        String k = byId ? n.item().id() : nameKey(n);
        if (!k.isEmpty() && !taken.contains(n)) {
          index.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
        }
      }
      for (boolean sameField : new boolean[] {true, false}) {
        for (LoadedCatalog.Entry o : olds) {
          String k = byId ? o.item().id() : nameKey(o);
          if (k.isEmpty() || pairOf.containsKey(o)) {
            continue;
          }
          for (LoadedCatalog.Entry n : index.getOrDefault(k, List.of())) {
            if (!taken.contains(n) && (!sameField || n.field().equals(o.field())) && (byId || idsAgree(o, n))) {
              link(o, n, byId ? By.ID : By.NAME, 1.0, pairOf, byOf, scoreOf, taken);
              break;
            }
          }
        }
      }
    }
    record Candidate(LoadedCatalog.Entry o, LoadedCatalog.Entry n, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    List<LoadedCatalog.Entry> leftOld = olds.stream().filter(o -> !pairOf.containsKey(o)).toList();
    List<LoadedCatalog.Entry> leftNew = news.stream().filter(n -> !taken.contains(n)).toList();
    // Scoring every leftover pair is quadratic: beyond this many pairs (two catalogs rewritten wholesale) the
    // leftovers stay added and removed rather than the run taking hours.
    boolean scoreable = (long) leftOld.size() * leftNew.size() <= MAX_SCORED_PAIRS;
    for (LoadedCatalog.Entry o : scoreable ? leftOld : List.<LoadedCatalog.Entry>of()) {
      for (LoadedCatalog.Entry n : leftNew) {
        if (n.field().equals(o.field()) && idsAgree(o, n)) {
          double s = score(o.item(), n.item());
          if (s >= Names.SIMILAR) {
            candidates.add(new Candidate(o, n, s));
          }
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    for (Candidate c : candidates) {
      if (!pairOf.containsKey(c.o()) && !taken.contains(c.n())) {
        link(c.o(), c.n(), By.SIMILAR, Names.round(c.score()), pairOf, byOf, scoreOf, taken);
      }
    }

    List<Pair> pairs = new ArrayList<>();
    List<LoadedCatalog.Entry> removed = new ArrayList<>();
    for (LoadedCatalog.Entry o : olds) {
      LoadedCatalog.Entry n = pairOf.get(o);
      if (n == null) {
        removed.add(o);
      } else {
        pairs.add(new Pair(o, n, byOf.get(o), scoreOf.get(o), changes(o.item(), n.item())));
      }
    }
    List<LoadedCatalog.Entry> added = news.stream().filter(n -> !taken.contains(n)).toList();
    return new Result(before.display(), after.display(), List.copyOf(pairs), added, List.copyOf(removed));
  }

  private static void link(LoadedCatalog.Entry o, LoadedCatalog.Entry n, By by, double score,
      Map<LoadedCatalog.Entry, LoadedCatalog.Entry> pairOf, Map<LoadedCatalog.Entry, By> byOf,
      Map<LoadedCatalog.Entry, Double> scoreOf, Set<LoadedCatalog.Entry> taken) {
    pairOf.put(o, n);
    byOf.put(o, by);
    scoreOf.put(o, score);
    taken.add(n);
  }

  /** Two items that both carry ids, different ones, are different items whatever their names say. */
  private static boolean idsAgree(LoadedCatalog.Entry o, LoadedCatalog.Entry n) {
    return o.item().id().isEmpty() || n.item().id().isEmpty() || o.item().id().equals(n.item().id());
  }

  private static String nameKey(LoadedCatalog.Entry e) {
    return Names.normalize(e.item().topic()) + "/" + Names.normalize(e.item().item());
  }

  /** How alike two items are: by names, or by names and content together when the content says more. */
  static double score(ExportItem a, ExportItem b) {
    double name = Names.itemScore(a.topic(), a.item(), b.topic(), b.item());
    if (a.content().isBlank() || b.content().isBlank()) {
      return name;
    }
    return Math.max(name, (name + Names.similarity(a.content(), b.content())) / 2);
  }

  /** Every element that differs, in template column order. */
  public List<ElementChange> changes(ExportItem a, ExportItem b) {
    List<ElementChange> out = new ArrayList<>();
    String nameA = label(a);
    String nameB = label(b);
    if (!nameA.equals(nameB)) {
      out.add(new ElementChange("name", nameA, nameB, List.of(), List.of(), ""));
    }
    text(out, "content", a.content(), b.content());
    list(out, "basis", a.basis(), b.basis());
    if (!same(a.deadline(), b.deadline())) {
      out.add(new ElementChange("deadline", a.deadline(), b.deadline(), List.of(), List.of(),
          trend(a.deadline(), b.deadline())));
    }
    text(out, "owner", a.owner(), b.owner());
    List<String> audienceA = withDetail(a.audience(), a.audienceDetail());
    List<String> audienceB = withDetail(b.audience(), b.audienceDetail());
    list(out, "channel", a.channels(), b.channels());
    list(out, "audience", audienceA, audienceB);
    list(out, "mode", a.mode(), b.mode());
    list(out, "level", a.levels(), b.levels());
    return List.copyOf(out);
  }

  private static String label(ExportItem i) {
    if (!i.topic().isEmpty() && !i.item().isEmpty()) {
      return i.topic() + "/" + i.item();
    }
    return i.topic().isEmpty() ? i.item() : i.topic();
  }

  private static List<String> withDetail(List<String> options, String detail) {
    if (detail == null || detail.isEmpty()) {
      return options;
    }
    return options.stream().map(o -> o.equals("特定群体") ? o + "：" + detail : o).toList();
  }

  /** Equal but for blanks: a line break moved inside a cell is no change. */
  private static boolean same(String a, String b) {
    return org.gkml.text.Texts.compact(a).equals(org.gkml.text.Texts.compact(b));
  }

  private static void text(List<ElementChange> out, String element, String a, String b) {
    if (!same(a, b)) {
      out.add(new ElementChange(element, a, b, List.of(), List.of(), ""));
    }
  }

  private static void list(List<ElementChange> out, String element, List<String> a, List<String> b) {
    Map<String, String> ka = keyed(a);
    Map<String, String> kb = keyed(b);
    List<String> removed = ka.entrySet().stream().filter(e -> !kb.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    List<String> added = kb.entrySet().stream().filter(e -> !ka.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    if (!removed.isEmpty() || !added.isEmpty()) {
      out.add(new ElementChange(element, String.join("\n", a), String.join("\n", b), removed, added, ""));
    }
  }

  private static Map<String, String> keyed(List<String> values) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String v : values) {
      m.putIfAbsent(org.gkml.text.Texts.toHalfWidth(org.gkml.text.Texts.compact(v)), v);
    }
    return m;
  }

  /** {@code longer} / {@code shorter} when both deadlines give a period of the same sort, else empty. */
  private String trend(String a, String b) {
    Deadline da = deadlines.parse(a);
    Deadline db = deadlines.parse(b);
    if (da.amount() == null || db.amount() == null || da.unit() == null || db.unit() == null
        || da.isPeriodAfter() != db.isPeriodAfter()) {
      return "";
    }
    double wa = da.unit().inWorkdays(da.amount());
    double wb = db.unit().inWorkdays(db.amount());
    return wb > wa + 1e-9 ? "longer" : wb < wa - 1e-9 ? "shorter" : "";
  }
}
