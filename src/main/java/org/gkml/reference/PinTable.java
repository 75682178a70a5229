package org.gkml.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A two-column table a user pins things with ({@code --assign FILE} of build and coverage): UTF-8 (a BOM allowed),
 * comma- or tab-separated (the first line that is not blank or a # comment decides), # comments, an optional header
 * line, one pin a line: what it names, then what it is pinned to. Each row keeps its line for messages.
 */
public final class PinTable {

  /** One line: what it names and what that is pinned to. */
  public record Row(int line, String key, String value) {}

  private PinTable() {}

  /** The file's text without a BOM; an unreadable file is a {@link ReferenceException} naming it. */
  public static String readText(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReferenceException(file + ": " + e.getMessage(), e);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The rows of {@code text}; a first row whose key is one of {@code headers} (any case) is skipped. A row without
   * its second column is a {@link ReferenceException}: "FILE line N: no {@code missing} after "key"".
   */
  public static List<Row> rows(Path file, String text, Set<String> headers, String missing) {
    String first = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
    char delimiter = first.contains("\t") ? '\t' : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setCommentMarker('#')
        .setIgnoreEmptyLines(true).setTrim(true).get();
    List<Row> out = new ArrayList<>();
    try (StringReader in = new StringReader(text)) {
      boolean firstRecord = true;
      for (CSVRecord r : format.parse(in)) {
        int line = (int) r.getParser().getCurrentLineNumber();
        String key = r.size() > 0 ? r.get(0) : "";
        if (firstRecord && headers.contains(key.toLowerCase(Locale.ROOT))) {
          firstRecord = false;
          continue;
        }
        firstRecord = false;
        if (key.isEmpty()) {
          continue;
        }
        if (r.size() < 2 || r.get(1).isEmpty()) {
          throw new ReferenceException(file + " line " + line + ": no " + missing + " after \"" + key + "\"");
        }
        out.add(new Row(line, key, r.get(1)));
      }
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      throw new ReferenceException(file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
