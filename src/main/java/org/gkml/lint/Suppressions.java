package org.gkml.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.check.FileResult;
import org.gkml.model.Location;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Finding;
import org.gkml.rules.RuleInfo;

/**
 * Inline suppressions in a YAML catalog, written as whole-line comments:
 * <pre>
 * # gkml-disable-next-line deadline-missing,owner-missing -- 待县政府办确认
 * # gkml-disable-file channel-none-chosen -- 本目录渠道统一另行公布
 * </pre>
 * {@code next-line} applies to the next line that is neither blank nor a comment; {@code file} to the whole file.
 * A rule named in a suppression that suppresses nothing is reported as {@code unused-suppression}, so stale
 * suppressions do not pile up. The YAML parser drops comments, so the file's lines are scanned here.
 */
public final class Suppressions {

  private static final Pattern DIRECTIVE = Pattern.compile(
      "#\\s*gkml-disable-(next-line|file)\\b\\s*(.*?)\\s*(?:--\\s*(.*))?$");

  /** One rule named by one comment, and whether any finding used it. */
  private static final class Entry {
    final String rule;
    final int line;
    final int column;
    final int targetLine; // 0 for the whole file, -1 when nothing follows the comment
    boolean used;

    Entry(String rule, int line, int column, int targetLine) {
      this.rule = rule;
      this.line = line;
      this.column = column;
      this.targetLine = targetLine;
    }

    boolean covers(Finding f) {
      if (!rule.equals(f.rule())) {
        return false;
      }
      return targetLine == 0 || (f.location().isYaml() && f.location().line() == targetLine);
    }
  }

  private final List<Entry> entries;

  private Suppressions(List<Entry> entries) {
    this.entries = entries;
  }

  /** The suppressions of a YAML file (none for a file that cannot be read: the checker reports that). */
  public static Suppressions scan(Path yaml) {
    String text;
    try {
      text = new String(Files.readAllBytes(yaml), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Suppressions(List.of());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].strip();
      if (!trimmed.startsWith("#")) {
        continue;
      }
      Matcher m = DIRECTIVE.matcher(trimmed);
      if (!m.matches()) {
        continue;
      }
      int target = m.group(1).equals("file") ? 0 : nextContentLine(lines, i + 1);
      int column = lines[i].indexOf('#') + 1;
      Set<String> rules = new LinkedHashSet<>(Arrays.asList(m.group(2).split("[,，\\s]+")));
      rules.remove("");
      if (rules.isEmpty()) {
        rules.add(""); // a comment naming no rule suppresses nothing, and is reported so
      }
      for (String rule : rules) {
        entries.add(new Entry(rule, i + 1, column, target));
      }
    }
    return new Suppressions(entries);
  }

  /** The 1-based number of the first line from {@code from} (0-based) that is not blank or a comment; -1 if none. */
  private static int nextContentLine(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      String t = lines[j].strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return j + 1;
      }
    }
    return -1;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Removes the suppressed findings from the result and adds one {@code unused-suppression} per unused rule. */
  public void apply(FileResult result) {
    if (result.failed() || entries.isEmpty()) {
      return;
    }
    suppress(result.findings());
    List<Finding> unused = new ArrayList<>();
    RuleInfo info = BuiltInRules.UNUSED_SUPPRESSION;
    for (Entry e : entries) {
      if (!e.used && !e.rule.equals(info.id())) {
        Location at = Location.yaml(result.path(), e.line, e.column);
        unused.add(new Finding(info.id(), info.defaultSeverity(), info.element(), at, null, e.rule, null, false,
            info.id() + ".message" + (e.targetLine == -1 ? ".no-line" : ""), new Object[] {e.rule}));
      }
    }
    // "# gkml-disable-file unused-suppression" silences these reports too.
    suppress(unused);
    result.findings().addAll(unused);
    for (Entry e : entries) {
      if (!e.used && e.rule.equals(info.id())) {
        Location at = Location.yaml(result.path(), e.line, e.column);
        result.findings().add(new Finding(info.id(), info.defaultSeverity(), info.element(), at, null, e.rule, null,
            false, info.id() + ".message", new Object[] {e.rule}));
      }
    }
  }

  private void suppress(List<Finding> findings) {
    for (Iterator<Finding> it = findings.iterator(); it.hasNext(); ) {
      Finding f = it.next();
      boolean hit = false;
      for (Entry e : entries) {
        if (e.covers(f)) {
          e.used = true;
          hit = true;
        }
      }
      if (hit) {
        it.remove();
      }
    }
  }
}
