package org.gkml.export;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The national template's layout (国办发〔2019〕54号 standard catalogs): a title row, the two-row merged header
 * (序号 | 公开事项: 一级事项, 二级事项 | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | 公开对象:
 * 全社会, 特定群体 | 公开方式: 主动, 依申请 | 公开层级: 县级, 乡级), column widths, frozen header and print setup
 * (A3 landscape, header rows on every page, fit to width). Used by the export writer (streaming) and by
 * {@code gkml template}.
 */
public final class TemplateLayout {

  /** 0-based columns. */
  public static final int SEQ = 0;
  public static final int TOPIC = 1;
  public static final int ITEM = 2;
  public static final int CONTENT = 3;
  public static final int BASIS = 4;
  public static final int DEADLINE = 5;
  public static final int OWNER = 6;
  public static final int CHANNEL = 7;
  /** The tick columns, left to right, and the option each stands for. */
  public static final int FIRST_TICK = 8;
  public static final List<String> TICK_OPTIONS = List.of("全社会", "特定群体", "主动", "依申请", "县级", "乡级");
  public static final int COLUMNS = FIRST_TICK + TICK_OPTIONS.size();
  /** 1-based sheet row of the first item: title row, two header rows, then the items. */
  public static final int FIRST_DATA_ROW = 4;

  /** Column widths in characters (a Chinese character counts two). */
  static final int[] WIDTHS = {6, 14, 18, 36, 40, 22, 16, 30, 7, 7, 7, 7, 7, 7};

  private static final String[] TOP = {"序号", "公开事项", null, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
      "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null};
  private static final String[] SUB = {null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体",
      "主动", "依申请", "县级", "乡级"};

  /** The cell styles of one workbook. */
  public static final class Styles {
    public final CellStyle title;
    public final CellStyle header;
    /** Text cells: wrapped, top-left, bordered. */
    public final CellStyle text;
    /** The same with Excel's quote prefix: a value that looks like a formula stays text even when edited. */
    public final CellStyle quoted;
    /** 序号 and tick cells: centered. */
    public final CellStyle centered;

    public Styles(Workbook wb) {
      Font titleFont = wb.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 18);
      titleFont.setFontName("宋体");
      Font headerFont = wb.createFont();
      headerFont.setBold(true);
      headerFont.setFontHeightInPoints((short) 11);
      headerFont.setFontName("宋体");
      Font bodyFont = wb.createFont();
      bodyFont.setFontHeightInPoints((short) 10);
      bodyFont.setFontName("宋体");

      title = wb.createCellStyle();
      title.setFont(titleFont);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);

      header = bordered(wb);
      header.setFont(headerFont);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      text = bordered(wb);
      text.setFont(bodyFont);
      text.setVerticalAlignment(VerticalAlignment.CENTER);
      text.setWrapText(true);

      quoted = wb.createCellStyle();
      quoted.cloneStyleFrom(text);
      quoted.setQuotePrefixed(true);

      centered = bordered(wb);
      centered.setFont(bodyFont);
      centered.setAlignment(HorizontalAlignment.CENTER);
      centered.setVerticalAlignment(VerticalAlignment.CENTER);
      centered.setWrapText(true);
    }

    private static CellStyle bordered(Workbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }

  private TemplateLayout() {}

  /** Writes the title row and the two header rows, sets widths, freezes the header and sets up printing. */
  public static void header(Sheet sheet, String title, Styles styles) {
    Row t = sheet.createRow(0);
    t.setHeightInPoints(36);
    Cell tc = t.createCell(0);
    tc.setCellValue(title);
    tc.setCellStyle(styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));

    Row h1 = sheet.createRow(1);
    Row h2 = sheet.createRow(2);
    h1.setHeightInPoints(22);
    h2.setHeightInPoints(22);
    for (int c = 0; c < COLUMNS; c++) {
      Cell a = h1.createCell(c);
      a.setCellStyle(styles.header);
      if (TOP[c] != null) {
        a.setCellValue(TOP[c]);
      }
      Cell b = h2.createCell(c);
      b.setCellStyle(styles.header);
      if (SUB[c] != null) {
        b.setCellValue(SUB[c]);
      }
    }
    for (int c : new int[] {SEQ, CONTENT, BASIS, DEADLINE, OWNER, CHANNEL}) {
      sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
    }
    for (int c : new int[] {TOPIC, FIRST_TICK, FIRST_TICK + 2, FIRST_TICK + 4}) {
      sheet.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
    }
    for (int c = 0; c < COLUMNS; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.createFreezePane(0, FIRST_DATA_ROW - 1);

    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A3_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.setRepeatingRows(new CellRangeAddress(1, 2, -1, -1));
    sheet.getFooter().setCenter("第 &P 页，共 &N 页");
  }

  /** A valid sheet name for a field: at most 31 characters, none of []:*?/\ . */
  public static String sheetName(String name) {
    String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  /** A row height that shows every line of wrapped text: Chinese characters count two units of width. */
  public static float heightFor(String[] texts) {
    int lines = 1;
    for (int c = 0; c < texts.length && c < COLUMNS; c++) {
      String s = texts[c];
      if (s == null || s.isEmpty()) {
        continue;
      }
      int perLine = Math.max(1, WIDTHS[c] * 11 / 10);
      int n = 0;
      int width = 0;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '\n') {
          n += Math.max(1, (width + perLine - 1) / perLine);
          width = 0;
        } else {
          width += ch < 0x1100 ? 1 : 2;
        }
      }
      n += Math.max(1, (width + perLine - 1) / perLine);
      lines = Math.max(lines, n);
    }
    return Math.min(409f, 4f + lines * 12.75f);
  }
}
