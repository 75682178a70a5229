package org.gkml.compare;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.gkml.text.Texts;

/**
 * How item names are compared. {@link #normalize} is what a reader ignores: blanks, Traditional forms, full width,
 * letter case and punctuation ("招生范围（学区划分）" = "招生范围学区划分"). {@link #similarity} is the Sørensen–Dice
 * coefficient over character bigrams of the normalized names (0 … 1): Chinese item names are short and share their
 * key words, so bigrams weigh word overlap better than an edit distance does ("教育法律" / "教育法律法规" = 0.75,
 * "招生政策" / "招生计划" = 0.33). When one name contains the other the score goes halfway to 1
 * ("教育法律" / "教育法律法规": 0.75 → 0.88; "资助政策" / "义务教育学生资助政策": 0.5 → 0.75).
 */
public final class Names {

  /** Below this score two names are not taken for the same item (tuned on the example catalogs; see coverage-diff.md). */
  public static final double SIMILAR = 0.6;

  private Names() {}

  /** Compact, Simplified, half-width, upper case, without punctuation or symbols. */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String t = Texts.toSimplified(Texts.toHalfWidth(Texts.compact(s))).toUpperCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Dice over character bigrams of the normalized texts; a one-character name counts as its own bigram. */
  public static double similarity(String a, String b) {
    String x = normalize(a);
    String y = normalize(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y) ? 1 : 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    Map<String, Integer> bx = bigrams(x);
    Map<String, Integer> by = bigrams(y);
    int shared = 0;
    for (Map.Entry<String, Integer> e : bx.entrySet()) {
      shared += Math.min(e.getValue(), by.getOrDefault(e.getKey(), 0));
    }
    int total = bx.values().stream().mapToInt(Integer::intValue).sum() + by.values().stream().mapToInt(Integer::intValue).sum();
    double dice = 2.0 * shared / total;
    // One name inside the other (资助政策 / 义务教育学生资助政策) is a strong sign: halfway from the Dice score to 1.
    String shorter = x.length() <= y.length() ? x : y;
    if (shorter.codePointCount(0, shorter.length()) >= 2 && (x.contains(y) || y.contains(x))) {
      return (1 + dice) / 2;
    }
    return dice;
  }

  /**
   * The score of an item against another by 一级 and 二级 names: the 二级 similarity, lowered when the 一级 differ
   * (0.8 × 二级 + 0.2 × 一级), so that "政策法规文件" under the right 一级 wins over the same name under another.
   * Single-level items compare their one name.
   */
  public static double itemScore(String topicA, String itemA, String topicB, String itemB) {
    String na = itemA == null || itemA.isBlank() ? topicA : itemA;
    String nb = itemB == null || itemB.isBlank() ? topicB : itemB;
    double name = similarity(na, nb);
    if (normalize(topicA).equals(normalize(topicB))) {
      return name;
    }
    return 0.8 * name + 0.2 * similarity(topicA, topicB);
  }

  /** A score as shown to people: two decimals. */
  public static double round(double score) {
    return Math.round(score * 100) / 100.0;
  }

  private static Map<String, Integer> bigrams(String s) {
    Map<String, Integer> m = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    if (cps.length == 1) {
      m.put(s, 1);
      return m;
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      m.merge(new String(cps, i, 2), 1, Integer::sum);
    }
    return m;
  }
}
