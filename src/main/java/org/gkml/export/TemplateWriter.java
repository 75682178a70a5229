package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.domain.ChannelVocabulary;

/**
 * {@code gkml template}: a blank workbook in the national template for one field, ready to fill in: bordered empty
 * rows, a drop-down (√) in every tick column, a prompt on the channel column, and a second sheet 渠道助手 where the
 * channels are ticked one per row and a formula builds the ■/□ text to paste into the channel cell. {@code gkml
 * validate} reads it back (the helper sheet has no catalog header and is skipped).
 */
public final class TemplateWriter {

  /** The helper sheet's name. */
  public static final String HELPER_SHEET = "渠道助手";

  private TemplateWriter() {}

  /** Writes the blank template with {@code rows} empty item rows; refuses an existing target unless {@code force}. */
  public static Path write(ExportField field, int rows, Path target, boolean force) throws IOException {
    Path dir = target.toAbsolutePath().normalize().getParent();
    try (OutputFiles files = new OutputFiles(dir, force)) {
      Path raw = Files.createTempFile(dir, ".gkml-template.", ".tmp");
      try {
        try (XSSFWorkbook wb = build(field, rows); OutputStream out = Files.newOutputStream(raw)) {
          wb.write(out);
        }
        ZipRepack.repack(raw, files.create(target.getFileName().toString()), Map.of());
      } finally {
        Files.deleteIfExists(raw);
      }
      files.commit();
      return files.written().get(0);
    }
  }

  static XSSFWorkbook build(ExportField field, int rows) {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateLayout.Styles styles = new TemplateLayout.Styles(wb);
    XSSFSheet sheet = wb.createSheet(TemplateLayout.sheetName(field.name()));
    TemplateLayout.header(sheet, field.title(), styles);
    int first = TemplateLayout.FIRST_DATA_ROW - 1;
    int last = first + rows - 1;
    for (int r = first; r <= last; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < TemplateLayout.COLUMNS; c++) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(c == TemplateLayout.SEQ || c >= TemplateLayout.FIRST_TICK ? styles.centered : styles.text);
      }
    }
    DataValidationHelper dv = sheet.getDataValidationHelper();
    DataValidationConstraint tick = dv.createExplicitListConstraint(new String[] {XlsxCatalogWriter.TICK});
    DataValidation ticks = dv.createValidation(tick,
        new CellRangeAddressList(first, last, TemplateLayout.FIRST_TICK, TemplateLayout.COLUMNS - 1));
    ticks.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
    ticks.setShowErrorBox(true);
    ticks.createErrorBox("公开对象/方式/层级", "请从下拉列表选择 √，或留空。");
    ticks.setShowPromptBox(true);
    ticks.createPromptBox("勾选", "适用的选项选 √，不适用的留空。");
    sheet.addValidationData(ticks);

    DataValidationConstraint anyText =
        dv.createTextLengthConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    DataValidation channel = dv.createValidation(anyText,
        new CellRangeAddressList(first, last, TemplateLayout.CHANNEL, TemplateLayout.CHANNEL));
    channel.setShowErrorBox(false);
    channel.setShowPromptBox(true);
    channel.createPromptBox("公开渠道和载体", "在“" + HELPER_SHEET + "”表中勾选渠道，复制生成的文字粘贴到这里"
        + "（■ 表示选中，□ 表示未选）。");
    sheet.addValidationData(channel);

    helper(wb, styles);
    wb.setActiveSheet(0);
    wb.setForceFormulaRecalculation(true);
    return wb;
  }

  /** The channel helper: one row per standard channel with a √ drop-down, and the ■/□ text built by a formula. */
  private static void helper(XSSFWorkbook wb, TemplateLayout.Styles styles) {
    XSSFSheet s = wb.createSheet(HELPER_SHEET);
    DataValidationHelper dv = s.getDataValidationHelper();
    List<String> channels = ChannelVocabulary.shipped().standard();
    Row h = s.createRow(0);
    h.createCell(0).setCellValue("渠道（标准目录模板的 13 项）");
    h.createCell(1).setCellValue("选择（√）");
    h.getCell(0).setCellStyle(styles.header);
    h.getCell(1).setCellStyle(styles.header);
    StringBuilder formula = new StringBuilder();
    for (int i = 0; i < channels.size(); i++) {
      Row r = s.createRow(i + 1);
      Cell name = r.createCell(0);
      name.setCellValue(channels.get(i));
      name.setCellStyle(styles.text);
      r.createCell(1).setCellStyle(styles.centered);
      int excelRow = i + 2;
      if (formula.length() > 0) {
        formula.append("&\" \"&");
      }
      formula.append("IF(B").append(excelRow).append("=\"√\",\"■\",\"□\")&A").append(excelRow);
    }
    DataValidation pick = dv.createValidation(dv.createExplicitListConstraint(new String[] {XlsxCatalogWriter.TICK}),
        new CellRangeAddressList(1, channels.size(), 1, 1));
    pick.setSuppressDropDownArrow(true);
    s.addValidationData(pick);
    int note = channels.size() + 2;
    s.createRow(note).createCell(0).setCellValue("复制下面的单元格，在目录的“公开渠道和载体”列“选择性粘贴 → 数值”：");
    Row out = s.createRow(note + 1);
    Cell result = out.createCell(0);
    result.setCellFormula(formula.toString());
    result.setCellStyle(styles.text);
    s.addMergedRegion(new CellRangeAddress(note + 1, note + 1, 0, 1));
    out.setHeightInPoints(60);
    s.setColumnWidth(0, 40 * 256);
    s.setColumnWidth(1, 14 * 256);
  }
}
