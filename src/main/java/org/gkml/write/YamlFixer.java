package org.gkml.write;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gkml.rules.Finding;
import org.gkml.text.Texts;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Applies safe fixes to the text of a YAML catalog by replacing single scalars where they stand, so comments, key
 * order, flow lists and blank lines stay as the author wrote them. A finding names its scalar by line:column; its
 * {@code value} must be what that scalar says, or (for a list the finding points at as a whole, like a channel list)
 * what exactly one entry of that list says. Anything else is left alone. Uses SnakeYAML's event parser, which
 * jackson-dataformat-yaml already brings, because it reports where each scalar starts and ends.
 */
public final class YamlFixer {

  /** One change: where (line:column of the scalar before the change), which rule, the text before and after. */
  public record Change(int line, int column, String rule, String before, String after) {}

  /** The fixed text and the changes made; {@code unapplied} counts safe fixes that could not be placed. */
  public record Result(String text, List<Change> changes, int unapplied) {}

  private record Scalar(int line, int column, int start, int end, String value, DumperOptions.ScalarStyle style,
      int parent, boolean inSequence, int indent) {}

  private YamlFixer() {}

  /**
   * Applies the safe fixes among the findings, at most one per scalar (a second fix of the same scalar was worked
   * out from the old text; run again to apply it). Findings without a YAML location or a safe fix are ignored.
   */
  public static Result apply(String source, List<Finding> findings) {
    String bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
    String text = source.substring(bom.length());
    List<Scalar> scalars = scalars(text);
    List<Edit> edits = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    int unapplied = 0;
    for (Finding f : findings) {
      if (!f.safeFix() || f.fix() == null || f.location() == null || !f.location().isYaml() || f.value() == null) {
        continue;
      }
      Scalar target = target(scalars, f);
      if (target == null) {
        unapplied++;
        continue;
      }
      int index = scalars.indexOf(target);
      if (!taken.add(index)) {
        unapplied++;
        continue;
      }
      String replacement = render(f.fix(), target, text);
      edits.add(new Edit(target, replacement, new Change(target.line(), target.column(), f.rule(),
          Texts.strip(target.value()), f.fix())));
    }
    edits.sort(Comparator.comparingInt((Edit e) -> e.at().start()).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : edits) {
      sb.replace(e.at().start(), e.at().end(), e.replacement());
    }
    String fixed = sb.toString();
    verify(fixed, scalars.size(), edits);
    List<Change> changes = new ArrayList<>(edits.stream().map(Edit::change).toList());
    changes.sort(Comparator.comparingInt(Change::line).thenComparingInt(Change::column));
    return new Result(bom + fixed, changes, unapplied);
  }

  private record Edit(Scalar at, String replacement, Change change) {}

  /** The scalar a finding means: the one at its place if it says the finding's value, else one entry of that list. */
  private static Scalar target(List<Scalar> scalars, Finding f) {
    int line = f.location().line();
    int column = f.location().column();
    Scalar at = null;
    for (Scalar s : scalars) {
      if (s.line() == line && s.column() == column) {
        at = s;
        break;
      }
    }
    if (at == null) {
      return null;
    }
    if (Texts.strip(at.value()).equals(f.value())) {
      return at;
    }
    if (!at.inSequence()) {
      return null;
    }
    Scalar only = null;
    for (Scalar s : scalars) {
      if (s.parent() == at.parent() && Texts.strip(s.value()).equals(f.value())) {
        if (only != null) {
          return null; // the same value twice in the list: not sure which one is meant
        }
        only = s;
      }
    }
    return only;
  }

  /** Every scalar with its span in the text (char offsets), its style and the collection it belongs to. */
  private static List<Scalar> scalars(String text) {
    int[] lineStarts = lineStarts(text);
    List<Scalar> out = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {collection id, 1 if sequence}
    int ids = 0;
    for (Event e : yaml().parse(new StringReader(text))) {
      if (e instanceof SequenceStartEvent) {
        open.push(new int[] {++ids, 1});
      } else if (e instanceof MappingStartEvent) {
        open.push(new int[] {++ids, 0});
      } else if (e instanceof CollectionEndEvent) {
        open.pop();
      } else if (e instanceof ScalarEvent s) {
        Mark start = s.getStartMark();
        Mark end = s.getEndMark();
        int from = offset(text, lineStarts, start);
        int to = offset(text, lineStarts, end);
        int[] parent = open.isEmpty() ? new int[] {0, 0} : open.peek();
        out.add(new Scalar(start.getLine() + 1, start.getColumn() + 1, from, to, s.getValue(), s.getScalarStyle(),
            parent[0], parent[1] == 1, indentOf(text, lineStarts[start.getLine()])));
      }
    }
    return out;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    return new Yaml(options);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    starts.add(text.length() + 1);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A SnakeYAML mark (line, column in code points) as a char offset. */
  private static int offset(String text, int[] lineStarts, Mark m) {
    int lineStart = lineStarts[Math.min(m.getLine(), lineStarts.length - 1)];
    if (lineStart > text.length()) {
      return text.length();
    }
    try {
      return text.offsetByCodePoints(lineStart, m.getColumn());
    } catch (IndexOutOfBoundsException e) {
      return text.length();
    }
  }

  private static int indentOf(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  /** The new scalar in the style of the old one where that style can hold it, else double-quoted. */
  private static String render(String value, Scalar old, String text) {
    switch (old.style()) {
      case PLAIN -> {
        if (plainSafe(value)) {
          return value;
        }
        return doubleQuoted(value);
      }
      case SINGLE_QUOTED -> {
        return value.contains("\n") ? doubleQuoted(value) : "'" + value.replace("'", "''") + "'";
      }
      case LITERAL, FOLDED -> {
        // Keep the block's header line and indentation; a block scalar's span ends after its last line break.
        String block = text.substring(old.start(), old.end());
        int nl = block.indexOf('\n');
        String header = (nl < 0 ? block : block.substring(0, nl)).replace('>', '|');
        int indent = contentIndent(block, nl, old.indent() + 2);
        StringBuilder sb = new StringBuilder(header);
        String pad = " ".repeat(indent);
        for (String line : value.split("\n", -1)) {
          sb.append('\n').append(line.isEmpty() ? "" : pad + line);
        }
        return sb.append(block.endsWith("\n") ? "\n" : "").toString();
      }
      default -> {
        return doubleQuoted(value);
      }
    }
  }

  private static int contentIndent(String block, int nl, int fallback) {
    if (nl < 0 || nl + 1 >= block.length()) {
      return fallback;
    }
    int i = nl + 1;
    int n = 0;
    while (i < block.length() && block.charAt(i) == ' ') {
      i++;
      n++;
    }
    return n == 0 ? fallback : n;
  }

  /** Text YAML reads back as the same string when written plain on one line. */
  static boolean plainSafe(String v) {
    if (v.isEmpty() || !v.equals(v.strip()) || v.contains("\n") || v.contains(": ") || v.contains(" #")
        || v.endsWith(":")) {
      return false;
    }
    char c = v.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
      return false;
    }
    if (v.matches("(?i)(true|false|yes|no|on|off|null|~|y|n)") || v.matches("[-+]?[0-9][0-9_.:eE+-]*")) {
      return false;
    }
    // inside a flow list these end the entry
    return !v.matches(".*[,\\[\\]{}].*");
  }

  private static String doubleQuoted(String v) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** The edited text must parse, keep every scalar, and say the fixed values where they were put. */
  private static void verify(String fixed, int scalarCount, List<Edit> edits) {
    List<Scalar> after;
    try {
      after = scalars(fixed);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the fixed YAML does not parse: " + e.getMessage(), e);
    }
    if (after.size() != scalarCount) {
      throw new IllegalStateException("the fixed YAML has " + after.size() + " scalars, not " + scalarCount);
    }
    List<String> values = after.stream().map(s -> Texts.strip(s.value())).toList();
    for (Edit e : edits) {
      if (!values.contains(Texts.strip(e.change().after()))) {
        throw new IllegalStateException("the fixed YAML lost the value " + e.change().after());
      }
    }
  }
}
