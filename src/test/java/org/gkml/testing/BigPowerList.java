package org.gkml.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Generates a large 权责清单 workbook (one header row, shared strings as Excel writes them): every row a matter of its
 * own, owners and categories cycling, and every {@code badCategoryEvery}-th row with a 职权类型 build does not know
 * (行政审查), so that it is skipped.
 */
public final class BigPowerList {

  private static final String[] CATEGORIES = {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认",
      "行政奖励", "行政裁决", "其他行政权力"};
  private static final String[] OWNERS = {"清溪县教育局", "清溪县民政局", "清溪县市场监督管理局", "清溪县交通运输局", "清溪县卫生健康委员会",
      "青石镇人民政府", "柳河乡人民政府"};
  private static final String[] OBJECTS = {"食品经营", "民办学校办学", "养老机构", "道路运输", "医疗机构执业", "燃气经营", "生猪屠宰"};
  private static final String[] LAWS = {"《中华人民共和国行政许可法》第十二条", "《中华人民共和国行政处罚法》第八条",
      "《社会救助暂行办法》（国务院令第649号）第二十条", "《中华人民共和国义务教育法》第二十一条"};

  private BigPowerList() {}

  public static void write(Path file, int rows, int badCategoryEvery) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("权责清单");
      String[] header = {"序号", "职权编码", "职权类型", "职权名称", "实施依据", "实施主体", "承办机构"};
      Row h = s.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int i = 1; i <= rows; i++) {
        Row r = s.createRow(i);
        String category = CATEGORIES[i % CATEGORIES.length];
        r.createCell(0).setCellValue(i);
        r.createCell(1).setCellValue(String.format("341199XK-%07d", i));
        r.createCell(2).setCellValue(badCategoryEvery > 0 && i % badCategoryEvery == 0 ? "行政审查" : category);
        r.createCell(3).setCellValue("对" + OBJECTS[i % OBJECTS.length] + "的" + category.substring(2) + "（第" + i + "项）");
        r.createCell(4).setCellValue(LAWS[i % LAWS.length]);
        r.createCell(5).setCellValue(OWNERS[i % OWNERS.length]);
        r.createCell(6).setCellValue("综合股");
      }
      wb.write(out);
    }
  }
}
