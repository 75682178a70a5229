package org.gkml.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gkml.text.FormulaGuard;

/**
 * One CSV per field ({@code catalog-ywjy.csv}), one row per item under one header row whose names gkml's reader
 * recognises as the national template ({@code 公开对象/全社会} for the template's two-row header). UTF-8 with a
 * byte-order mark by default, so Excel and WPS open it with the Chinese intact; GB18030 on request for older
 * office software. Several 公开依据 go one per line in their cell; chosen channels as {@code ■政府网站 ■两微一端};
 * a named 特定群体 as {@code √（低保对象）}. A text a spreadsheet would take for a formula gets a leading single quote
 * ({@link FormulaGuard}), which gkml's CSV reader removes again.
 */
public final class CsvCatalogWriter implements CatalogWriter {

  /** The channel cell's mark for a chosen channel, as in the template. */
  static final String CHOSEN = "■";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

  private final Charset charset;
  private final OutputFiles files;
  private CSVPrinter printer;

  /** The writer of an export run: its directory, --force, and the run's inputs, which are never overwritten. */
  public CsvCatalogWriter(ExportOptions options) {
    this(options.directory(), options.force(), options.encoding() == null ? StandardCharsets.UTF_8 : options.encoding());
    files.protect(options.inputs());
  }

  /** UTF-8 with a byte-order mark. */
  public CsvCatalogWriter(Path outputDirectory, boolean force) {
    this(outputDirectory, force, StandardCharsets.UTF_8);
  }

  /** UTF-8 (written with a byte-order mark) or another encoding such as GB18030 (without one). */
  public CsvCatalogWriter(Path outputDirectory, boolean force, Charset charset) {
    this.charset = charset;
    this.files = new OutputFiles(outputDirectory, force);
  }

  /** The file a field is written to: {@code catalog-<code in lower case>.csv}. */
  public static String fileName(ExportField field) {
    return "catalog-" + OutputFiles.slug(field) + ".csv";
  }

  @Override
  public void beginField(ExportField field) throws IOException {
    OutputStream out = files.open(fileName(field));
    // Strict encoding: a character the charset cannot hold is an error, never a silent '?'.
    Writer w = new BufferedWriter(new OutputStreamWriter(out, charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    if (charset.equals(StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
    }
    printer = new CSVPrinter(w, FORMAT);
    List<String> header = new ArrayList<>();
    for (FlatColumn c : FlatColumn.CSV) {
      header.add(c.header());
    }
    printer.printRecord(header);
  }

  @Override
  public void item(ExportItem item) throws IOException {
    List<String> row = new ArrayList<>(FlatColumn.CSV.size());
    for (FlatColumn c : FlatColumn.CSV) {
      row.add(FormulaGuard.neutralize(cell(c, item)));
    }
    printer.printRecord(row);
  }

  /** The text of one cell as the template writes it. */
  static String cell(FlatColumn c, ExportItem item) {
    return switch (c) {
      case CHANNELS -> {
        StringBuilder sb = new StringBuilder();
        for (String ch : item.channels()) {
          sb.append(sb.length() > 0 ? " " : "").append(CHOSEN).append(ch);
        }
        yield sb.toString();
      }
      case AUDIENCE_SPECIFIC -> {
        String tick = c.valueOf(item);
        String group = item.audienceDetail();
        // 特定群体（请写明）: the template asks for the group's name in the tick cell.
        yield tick.isEmpty() || group == null || group.isEmpty() ? tick : tick + "（" + group + "）";
      }
      default -> c.valueOf(item);
    };
  }

  @Override
  public void endField() throws IOException {
    printer.close(); // closes the temporary file; it stays until commit or close
    printer = null;
  }

  @Override
  public void commit() throws IOException {
    files.commit();
  }

  /** The files {@link #commit()} moved into place (empty before), in the order of their paths. */
  @Override
  public List<Path> written() {
    return files.written().stream().sorted().toList();
  }

  @Override
  public void close() throws IOException {
    printer = null;
    files.close();
  }
}
