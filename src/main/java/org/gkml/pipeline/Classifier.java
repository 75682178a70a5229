package org.gkml.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.text.Texts;

/**
 * Sorts a matter into a pilot field by its owner (the cue departments) and its name (the cue keywords, vetoed by
 * the exclude words). A name keyword weighs more than the department, since several departments own more than one
 * field; a longer keyword weighs more than a shorter one. Equal best scores, a department without any keyword, or
 * nothing at all leave the matter unclassified: a person decides, with {@code --assign}.
 */
public final class Classifier {

  private static final int KEYWORD = 10;
  private static final int DEPARTMENT = 6;
  /** A field's own enforcement category from its department decides, whatever keywords of other fields say. */
  private static final int CATEGORY = 30;

  private record Cues(PilotField field, List<String> departments, List<String> keywords, List<String> exclude,
      List<String> categories) {}

  private final List<Cues> cues = new ArrayList<>();

  public Classifier(PilotFields fields) {
    for (PilotField f : fields.all()) {
      cues.add(new Cues(f, withStems(norm(f.cueDepartments())), norm(f.keywords()), norm(f.exclude()),
          f.cueCategories()));
    }
  }

  private record Score(PilotField field, int keyword, boolean department, boolean category) {
    int total() {
      return (keyword > 0 ? KEYWORD + keyword : 0) + (department ? DEPARTMENT : 0) + (category ? CATEGORY : 0);
    }
  }

  /** Classifies one matter from its name and owner (either may be blank). */
  public Classification classify(String name, String owner) {
    return classify(name, owner, null);
  }

  /** Classifies one matter from its name, owner and standard power category (any may be blank or null). */
  public Classification classify(String name, String owner, String category) {
    String n = norm(name);
    String o = norm(owner);
    Map<String, Score> scores = new LinkedHashMap<>();
    for (Cues c : cues) {
      if (containsAny(n, c.exclude())) {
        continue;
      }
      int kw = longestIn(n, c.keywords());
      boolean dept = !o.isEmpty() && containsAny(o, c.departments());
      boolean cat = dept && category != null && c.categories().contains(category);
      if (kw > 0 || dept) {
        scores.put(c.field().code(), new Score(c.field(), kw, dept, cat));
      }
    }
    // A local merge (自然资源) steps back when one of the fields it merges is named by a keyword (城乡规划).
    Set<String> yield = new HashSet<>();
    for (Score s : scores.values()) {
      if (s.keyword() > 0 && s.field().mergedInto() != null) {
        yield.add(s.field().mergedInto());
      }
    }
    yield.forEach(scores::remove);
    List<Score> ranked = new ArrayList<>(scores.values());
    ranked.sort(Comparator.comparingInt(Score::total).reversed());
    List<String> candidates = ranked.stream().limit(3).map(s -> s.field().name() + "(" + s.total() + ")").toList();
    if (ranked.isEmpty()) {
      return new Classification(null, 0, "build.unclassified.no-cue", null, List.of());
    }
    Score best = ranked.get(0);
    int second = ranked.size() > 1 ? ranked.get(1).total() : 0;
    if (second == best.total()) {
      List<String> tied = ranked.stream().filter(s -> s.total() == best.total()).map(s -> s.field().name()).toList();
      return new Classification(null, 0, "build.unclassified.tie", String.join("、", tied), candidates);
    }
    if (best.keyword() == 0 && !best.category()) {
      // The department alone is too weak: 公安局 owns 户籍管理 but also traffic and public order.
      return new Classification(null, 0, "build.unclassified.department-only", best.field().name(), candidates);
    }
    double base = best.keyword() > 0 ? (best.department() ? 0.9 : 0.7) : 0.8;
    double confidence = base * (0.5 + 0.5 * (best.total() - second) / best.total());
    String reason = best.keyword() > 0 ? (best.department() ? "build.reason.both" : "build.reason.keyword")
        : "build.reason.category";
    return new Classification(best.field(), Math.round(confidence * 100) / 100.0, reason, null, candidates);
  }

  /**
   * Department names plus their stems (城市管理局 → 城市管理), so that an owner written as a generic role
   * (城市管理行政执法部门, 文化和旅游行政部门) still counts. Stems shorter than four characters would match too much.
   */
  private static List<String> withStems(List<String> departments) {
    List<String> out = new ArrayList<>(departments);
    for (String d : departments) {
      String stem = d.replaceAll("(委员会|办公室|分局|局|委|中心|大队)$", "");
      if (stem.length() >= 4 && !out.contains(stem)) {
        out.add(stem);
      }
    }
    return out;
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (!w.isEmpty() && text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static int longestIn(String text, List<String> words) {
    int best = 0;
    for (String w : words) {
      if (w.length() > best && text.contains(w)) {
        best = w.length();
      }
    }
    return best;
  }

  private static List<String> norm(List<String> words) {
    return words.stream().map(Classifier::norm).filter(w -> !w.isEmpty()).toList();
  }

  /** Compares names as a reader would: no blanks, Simplified, half-width, case-blind. */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    return Texts.toSimplified(Texts.toHalfWidth(Texts.compact(s))).toUpperCase(Locale.ROOT);
  }
}
