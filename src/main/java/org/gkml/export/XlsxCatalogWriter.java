package org.gkml.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gkml.domain.ChannelVocabulary;

/**
 * Writes catalogs as workbooks in the national template ({@link TemplateLayout}): one workbook per field
 * ({@code catalog-ywjy.xlsx}), or with {@code single} one workbook {@code catalog.xlsx} with a sheet per field.
 * Rows stream through SXSSF (a window of rows in memory, the rest in a compressed temporary file); the merged
 * 一级事项 ranges are collected in a temporary file too, one line per run of equal topics, and put into the sheet
 * when the finished zip is re-packed with sizes in its local headers ({@link ZipRepack}). Every value is a string
 * cell, never a formula; one that starts like a formula (= + - @, tab, carriage return) also gets Excel's quote
 * prefix, so that editing the cell does not turn it into one (formula injection, OWASP ASVS 1.2.10).
 */
public final class XlsxCatalogWriter implements CatalogWriter {

  static final String CHOSEN = "■";
  static final String EMPTY = "□";
  static final String TICK = "√";
  /** Rows kept in memory per sheet before SXSSF flushes them to disk. */
  private static final int WINDOW = 100;

  private final ExportOptions options;
  private final OutputFiles files;
  private final List<String> standardChannels = ChannelVocabulary.shipped().standard();

  private Book book;
  private SXSSFSheet sheet;
  private int rowIndex;
  private String runTopic;
  private int runStart;
  private Writer merges;
  private Path mergesFile;
  private int mergeCount;

  /** One workbook being written, with its sheets' extra merged ranges. */
  private static final class Book {
    final SXSSFWorkbook wb = new UncompressedZip();
    final TemplateLayout.Styles styles = new TemplateLayout.Styles(wb);
    final String fileName;
    final Map<String, ZipRepack.Merges> merges = new LinkedHashMap<>();
    final List<Path> temporary = new ArrayList<>();

    Book(String fileName) {
      this.fileName = fileName;
    }
  }

  /**
   * SXSSF with its zip entries stored at deflate level 0: {@link ZipRepack} compresses the workbook once, when it
   * re-packs it; deflating here too would only spend time (the sheet XML is the bulk of the work).
   */
  private static final class UncompressedZip extends SXSSFWorkbook {
    UncompressedZip() {
      super(null, WINDOW, true, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
      ZipArchiveOutputStream out = super.createArchiveOutputStream(stream);
      out.setLevel(Deflater.NO_COMPRESSION);
      return out;
    }
  }

  public XlsxCatalogWriter(ExportOptions options) {
    this.options = options;
    this.files = new OutputFiles(options);
  }

  /** The workbook file of a field, or of all fields with {@code single}. */
  public static String fileName(ExportField field, boolean single) {
    return single ? "catalog.xlsx" : "catalog-" + field.code().toLowerCase(Locale.ROOT) + ".xlsx";
  }

  @Override
  public void beginField(ExportField field) throws IOException {
    if (book == null) {
      String name = fileName(field, options.single());
      files.check(name);
      book = new Book(name);
    }
    sheet = book.wb.createSheet(TemplateLayout.sheetName(uniqueSheetName(field.name())));
    TemplateLayout.header(sheet, field.title(), book.styles);
    rowIndex = TemplateLayout.FIRST_DATA_ROW - 1;
    runTopic = null;
    runStart = -1;
    mergesFile = Files.createTempFile(options.directory().toAbsolutePath(), ".gkml-merges.", ".tmp");
    book.temporary.add(mergesFile);
    merges = Files.newBufferedWriter(mergesFile, StandardCharsets.UTF_8);
    mergeCount = 0;
  }

  private String uniqueSheetName(String name) {
    String n = name;
    for (int i = 2; book.wb.getSheet(TemplateLayout.sheetName(n)) != null; i++) {
      n = name + i;
    }
    return n;
  }

  @Override
  public void item(ExportItem i) throws IOException {
    String[] texts = new String[TemplateLayout.COLUMNS];
    texts[TemplateLayout.SEQ] = Integer.toString(i.number());
    texts[TemplateLayout.TOPIC] = i.topic();
    texts[TemplateLayout.ITEM] = i.item();
    texts[TemplateLayout.CONTENT] = i.content();
    texts[TemplateLayout.BASIS] = String.join("\n", i.basis());
    texts[TemplateLayout.DEADLINE] = i.deadline();
    texts[TemplateLayout.OWNER] = i.owner();
    texts[TemplateLayout.CHANNEL] = channelCell(i.channels());
    for (int t = 0; t < TemplateLayout.TICK_OPTIONS.size(); t++) {
      texts[TemplateLayout.FIRST_TICK + t] = tick(i, TemplateLayout.TICK_OPTIONS.get(t));
    }

    boolean sameTopic = i.topic() != null && !i.topic().isEmpty() && i.topic().equals(runTopic);
    if (!sameTopic) {
      closeRun();
      runTopic = i.topic();
      runStart = rowIndex;
    }
    Row r = sheet.createRow(rowIndex);
    String[] shown = texts.clone();
    if (sameTopic) {
      shown[TemplateLayout.TOPIC] = null; // inside the merged 一级事项: only the run's first row holds the text
    }
    r.setHeightInPoints(TemplateLayout.heightFor(texts));
    Cell seq = r.createCell(TemplateLayout.SEQ);
    seq.setCellValue(i.number());
    seq.setCellStyle(book.styles.centered);
    for (int c = 1; c < TemplateLayout.COLUMNS; c++) {
      text(r.createCell(c), shown[c], c >= TemplateLayout.FIRST_TICK ? book.styles.centered : book.styles.text);
    }
    rowIndex++;
  }

  /** A string cell (never a formula); a value that starts like a formula also gets the quote prefix. */
  private void text(Cell cell, String value, CellStyle style) {
    if (value == null || value.isEmpty()) {
      cell.setCellStyle(style);
      return;
    }
    cell.setCellValue(value);
    cell.setCellStyle(looksLikeFormula(value) ? book.styles.quoted : style);
  }

  /** Starts with a character a spreadsheet may take as the start of a formula. */
  public static boolean looksLikeFormula(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The channel cell: every standard channel with ■ (chosen) or □, then the chosen extras with ■. */
  String channelCell(List<String> chosen) {
    ChannelVocabulary vocabulary = ChannelVocabulary.shipped();
    List<String> marked = new ArrayList<>();
    String otherDetail = null;
    List<String> extras = new ArrayList<>();
    for (String ch : chosen) {
      String std = vocabulary.standardName(ch);
      if (std != null && !std.equals("其他")) {
        marked.add(std);
      } else if (ch.equals("其他") || ch.startsWith("其他：") || ch.startsWith("其它：")) {
        marked.add("其他");
        String d = ch.length() > 3 ? ch.substring(3) : null;
        otherDetail = d == null ? otherDetail : otherDetail == null ? d : otherDetail + "、" + d;
      } else {
        extras.add(ch);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String s : standardChannels) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(marked.contains(s) ? CHOSEN : EMPTY).append(s);
      if (s.equals("其他") && otherDetail != null) {
        sb.append('：').append(otherDetail);
      }
    }
    for (String e : extras) {
      sb.append(' ').append(CHOSEN).append(e);
    }
    return sb.toString();
  }

  /** √ where the item has the option; under 特定群体 with the named group: √（低保对象）. */
  static String tick(ExportItem i, String option) {
    List<String> chosen = switch (option) {
      case "全社会", "特定群体" -> i.audience();
      case "主动", "依申请" -> i.mode();
      default -> i.levels();
    };
    if (!chosen.contains(option)) {
      return null;
    }
    if (option.equals("特定群体") && i.audienceDetail() != null && !i.audienceDetail().isEmpty()) {
      return TICK + "（" + i.audienceDetail() + "）";
    }
    return TICK;
  }

  /** Ends the run of equal 一级事项 before the current row: a merged range when it spans two rows or more. */
  private void closeRun() throws IOException {
    if (runStart >= 0 && rowIndex - 1 > runStart) {
      merges.write("<mergeCell ref=\"B" + (runStart + 1) + ":B" + rowIndex + "\"/>");
      mergeCount++;
    }
    runStart = -1;
  }

  @Override
  public void endField() throws IOException {
    closeRun();
    merges.close();
    int index = book.wb.getSheetIndex(sheet);
    book.merges.put("xl/worksheets/sheet" + (index + 1) + ".xml", new ZipRepack.Merges(mergesFile, mergeCount));
    merges = null;
    sheet = null;
    if (!options.single()) {
      finishBook();
    }
  }

  /** Writes the workbook, re-packs it into its temporary target and frees SXSSF's temporary files. */
  private void finishBook() throws IOException {
    Book b = book;
    book = null;
    Path dir = options.directory().toAbsolutePath();
    Path raw = Files.createTempFile(dir, ".gkml-sxssf.", ".tmp");
    b.temporary.add(raw);
    try {
      try (OutputStream out = Files.newOutputStream(raw)) {
        b.wb.write(out);
      }
      b.wb.dispose();
      b.wb.close();
      Path target = files.create(b.fileName);
      ZipRepack.repack(raw, target, b.merges);
    } finally {
      b.wb.dispose();
      for (Path p : b.temporary) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void commit() throws IOException {
    if (book != null) {
      finishBook();
    }
    files.commit();
  }

  @Override
  public List<Path> written() {
    return files.written();
  }

  @Override
  public void close() throws IOException {
    try {
      if (merges != null) {
        merges.close();
      }
      if (book != null) {
        book.wb.dispose();
        book.wb.close();
        for (Path p : book.temporary) {
          Files.deleteIfExists(p);
        }
        book = null;
      }
    } finally {
      files.close();
    }
  }
}
