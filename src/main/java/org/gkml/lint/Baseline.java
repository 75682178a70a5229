package org.gkml.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gkml.check.FileResult;
import org.gkml.report.ReportPaths;
import org.gkml.report.RunResult;
import org.gkml.rules.Finding;
import org.gkml.write.AtomicOutput;

/**
 * The findings a county has accepted for now, so that CI fails only on new ones (gradual adoption). An entry is
 * keyed on (file, item, rule, element), where item is the YAML id or, without one, the item's name, never a line
 * number: moving or reordering items keeps them matched. An entry carries a count for items with several findings
 * of one key. The file is JSON, sorted, one entry per line group, so that it diffs well in git.
 */
public final class Baseline {

  /** What a baseline entry matches. */
  public record Key(String file, String item, String rule, String element) implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::item)
        .thenComparing(Key::rule).thenComparing(Key::element);

    static Key of(String file, Finding f) {
      return new Key(file, f.itemKey(), f.rule(), f.element().jsonName());
    }

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /** An entry no longer found: the key and how many of its findings are gone. */
  public record Fixed(Key key, int count) {}

  /**
   * What applying a baseline did: how many findings it matched (and removed from the run), the entries of the
   * checked files that matched nothing any more, and the baseline without them.
   */
  public record Outcome(int matched, List<Fixed> fixed, Baseline pruned) {}

  public static final int FORMAT_VERSION = 1;

  private final TreeMap<Key, Integer> counts;

  private Baseline(TreeMap<Key, Integer> counts) {
    this.counts = counts;
  }

  /** Today's findings of a run (files that could not be read have none). */
  public static Baseline of(RunResult run) {
    TreeMap<Key, Integer> counts = new TreeMap<>();
    for (FileResult f : run.files()) {
      String file = ReportPaths.relative(f.path());
      for (Finding x : f.findings()) {
        counts.merge(Key.of(file, x), 1, Integer::sum);
      }
    }
    return new Baseline(counts);
  }

  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.newBufferedReader(file));
    } catch (JsonProcessingException e) {
      throw new IOException("not a gkml baseline (JSON): " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("entries").isArray()) {
      throw new IOException("not a gkml baseline: no \"entries\" list");
    }
    TreeMap<Key, Integer> counts = new TreeMap<>();
    for (JsonNode e : root.get("entries")) {
      Key k = new Key(e.path("file").asText(""), e.path("item").asText(""), e.path("rule").asText(""),
          e.path("element").asText(""));
      counts.merge(k, Math.max(1, e.path("count").asInt(1)), Integer::sum);
    }
    return new Baseline(counts);
  }

  public void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("gkmlBaseline", FORMAT_VERSION);
    ArrayNode entries = root.putArray("entries");
    for (Map.Entry<Key, Integer> e : counts.entrySet()) {
      ObjectNode n = entries.addObject();
      n.put("file", e.getKey().file());
      n.put("item", e.getKey().item());
      n.put("rule", e.getKey().rule());
      n.put("element", e.getKey().element());
      n.put("count", e.getValue());
    }
    byte[] bytes = (json.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AtomicOutput.write(file, true, false, out -> out.write(bytes));
  }

  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Removes from the run every finding the baseline covers. Entries left over for files this run read are fixed;
   * entries for files not in this run are kept as they are (the run did not look at them).
   */
  public Outcome apply(RunResult run) {
    TreeMap<Key, Integer> left = new TreeMap<>(counts);
    TreeMap<Key, Integer> kept = new TreeMap<>();
    Set<String> checked = new HashSet<>();
    int matched = 0;
    for (FileResult f : run.files()) {
      String file = ReportPaths.relative(f.path());
      if (f.failed()) {
        continue; // an unreadable file says nothing about what was fixed
      }
      checked.add(file);
      for (Iterator<Finding> it = f.findings().iterator(); it.hasNext(); ) {
        Key k = Key.of(file, it.next());
        Integer n = left.get(k);
        if (n != null && n > 0) {
          left.put(k, n - 1);
          kept.merge(k, 1, Integer::sum);
          it.remove();
          matched++;
        }
      }
    }
    List<Fixed> fixed = new ArrayList<>();
    for (Map.Entry<Key, Integer> e : left.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      if (checked.contains(e.getKey().file())) {
        fixed.add(new Fixed(e.getKey(), e.getValue()));
      } else {
        kept.merge(e.getKey(), e.getValue(), Integer::sum);
      }
    }
    return new Outcome(matched, fixed, new Baseline(kept));
  }
}
