package org.gkml.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.reference.PinTable;
import org.gkml.reference.ReferenceException;

/**
 * The {@code --assign} table: a person's decisions that pin matters to fields. Two columns, comma- or tab-separated,
 * UTF-8, lines starting with {@code #} ignored, an optional header ({@code match,field} or {@code 匹配,领域}):
 * <ul>
 *   <li>{@code power-list.xlsx:27,食品药品监管}: the matter holding row 27 of the file of that name;</li>
 *   <li>{@code *特种设备*,安全生产}: every matter whose name matches ({@code *} = any characters);</li>
 *   <li>{@code 土地闲置费征收,自然资源}: the matter of exactly that name.</li>
 * </ul>
 * The field is a code, national name or alias. The first line that matches wins.
 */
public final class Assignments {

  /** One line of the table. */
  public record Entry(int line, String match, PilotField field, String file, int row, Pattern name) {}

  private static final Pattern SOURCE_ROW = Pattern.compile("^(.+):(\\d+)$");
  private static final Set<String> HEADERS = Set.of("match", "匹配", "事项", "来源或事项", "source");

  private final String source;
  private final List<Entry> entries;

  private Assignments(String source, List<Entry> entries) {
    this.source = source;
    this.entries = List.copyOf(entries);
  }

  public static Assignments none() {
    return new Assignments(null, List.of());
  }

  public static Assignments load(Path file, PilotFields fields) {
    List<Entry> entries = new ArrayList<>();
    for (PinTable.Row r : PinTable.rows(file, PinTable.readText(file), HEADERS, "field")) {
      PilotField field = fields.find(r.value());
      if (field == null) {
        throw new ReferenceException(file + " line " + r.line() + ": unknown field \"" + r.value() + "\" (see gkml fields)");
      }
      Matcher m = SOURCE_ROW.matcher(r.key());
      if (m.matches()) {
        entries.add(new Entry(r.line(), r.key(), field, m.group(1).strip(), Integer.parseInt(m.group(2)), null));
      } else {
        entries.add(new Entry(r.line(), r.key(), field, null, 0, glob(r.key())));
      }
    }
    return new Assignments(file.toString(), entries);
  }

  private static Pattern glob(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : Classifier.norm(pattern).split("\\*", -1)) {
      parts.add(Pattern.quote(part));
    }
    return Pattern.compile(String.join(".*", parts));
  }

  /** The first entry that pins a matter with this name and these rows, or null. */
  public Entry pin(String name, List<SourceRow> rows) {
    String n = Classifier.norm(name);
    for (Entry e : entries) {
      if (e.name() != null) {
        if (e.name().matcher(n).matches()) {
          return e;
        }
      } else {
        for (SourceRow r : rows) {
          if (r.row() == e.row() && sameFile(r.file(), e.file())) {
            return e;
          }
        }
      }
    }
    return null;
  }

  private static boolean sameFile(String given, String written) {
    if (given.equals(written)) {
      return true;
    }
    Path g = Path.of(given).getFileName();
    return g != null && g.toString().equals(Path.of(written).getFileName().toString());
  }

  public String source() {
    return source;
  }

  public List<Entry> entries() {
    return entries;
  }
}
