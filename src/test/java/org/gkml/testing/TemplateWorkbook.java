package org.gkml.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a catalog workbook in the national template, the way county offices lay it out: a title row, the
 * two-row merged header (公开对象 over 全社会 | 特定群体 …), and 一级事项 merged over the rows of each topic.
 * Writes .xlsx, or .xls when the file name says so. Data rows have 13 cells: 一级, 二级, 内容, 依据, 时限, 主体, 渠道, 全社会, 特定群体, 主动, 依申请, 县级, 乡级.
 */
public final class TemplateWorkbook {

  private String title = "清溪县义务教育领域基层政务公开标准目录";
  private String sheetName = "义务教育";
  private boolean traditional;
  private final List<String[]> rows = new ArrayList<>();

  public TemplateWorkbook title(String t) {
    title = t;
    return this;
  }

  public TemplateWorkbook sheet(String name) {
    sheetName = name;
    return this;
  }

  /** Headers in Traditional characters (公開事項 …), as templates copied from elsewhere have them. */
  public TemplateWorkbook traditionalHeaders() {
    traditional = true;
    return this;
  }

  public TemplateWorkbook row(String... cells) {
    if (cells.length != 13) {
      throw new IllegalArgumentException("13 cells expected, got " + cells.length);
    }
    rows.add(cells);
    return this;
  }

  public TemplateWorkbook rows(List<String[]> more) {
    more.forEach(r -> row(r));
    return this;
  }

  /** 1-based sheet row of data row i (0-based): title row, two header rows, then data. */
  public static int sheetRow(int i) {
    return i + 4;
  }

  public void write(Path file) throws IOException {
    boolean xls = file.getFileName().toString().endsWith(".xls");
    try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet(sheetName);
      CellStyle cell = wb.createCellStyle();
      cell.setWrapText(true);
      cell.setVerticalAlignment(VerticalAlignment.CENTER);
      cell.setBorderTop(BorderStyle.THIN);
      cell.setBorderBottom(BorderStyle.THIN);
      cell.setBorderLeft(BorderStyle.THIN);
      cell.setBorderRight(BorderStyle.THIN);

      Row t = s.createRow(0);
      t.createCell(0).setCellValue(title);
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));

      String[] top = traditional
          ? new String[] {"序號", "公開事項", null, "公開內容（要素）", "公開依據", "公開時限", "公開主體", "公開渠道和載體", "公開對象", null, "公開方式", null, "公開層級", null}
          : new String[] {"序号", "公开事项", null, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null};
      String[] sub = traditional
          ? new String[] {null, "一級事項", "二級事項", null, null, null, null, null, "全社會", "特定群體", "主動", "依申請", "縣級", "鄉級"}
          : new String[] {null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请", "县级", "乡级"};
      Row h1 = s.createRow(1);
      Row h2 = s.createRow(2);
      for (int c = 0; c < 14; c++) {
        h1.createCell(c).setCellStyle(cell);
        h2.createCell(c).setCellStyle(cell);
        if (top[c] != null) {
          h1.getCell(c).setCellValue(top[c]);
        }
        if (sub[c] != null) {
          h2.getCell(c).setCellValue(sub[c]);
        }
      }
      for (int c : new int[] {0, 3, 4, 5, 6, 7}) {
        s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
      }
      for (int c : new int[] {1, 8, 10, 12}) {
        s.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
      }

      int topicStart = -1;
      String topic = null;
      for (int i = 0; i < rows.size(); i++) {
        String[] d = rows.get(i);
        Row r = s.createRow(sheetRow(i) - 1);
        r.createCell(0).setCellValue(i + 1);
        r.getCell(0).setCellStyle(cell);
        boolean sameTopic = d[0] != null && !d[0].isEmpty() && d[0].equals(topic);
        if (!sameTopic) {
          mergeTopic(s, topicStart, sheetRow(i) - 2);
          topicStart = sheetRow(i) - 1;
          topic = d[0];
        }
        for (int c = 0; c < 13; c++) {
          org.apache.poi.ss.usermodel.Cell x = r.createCell(c + 1);
          x.setCellStyle(cell);
          if (c == 0 && sameTopic) {
            continue; // inside a merged 一级事项: only the first row of the topic holds the text
          }
          if (d[c] != null && !d[c].isEmpty()) {
            x.setCellValue(d[c]);
          }
        }
      }
      mergeTopic(s, topicStart, sheetRow(rows.size()) - 2);
      s.setColumnWidth(3, 40 * 256);
      s.setColumnWidth(4, 40 * 256);
      s.setColumnWidth(7, 50 * 256);
      wb.write(out);
    }
  }

  private static void mergeTopic(Sheet s, int first, int last) {
    if (first >= 0 && last > first) {
      s.addMergedRegion(new CellRangeAddress(first, last, 1, 1));
    }
  }
}
