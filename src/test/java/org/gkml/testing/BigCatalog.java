package org.gkml.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Generates a large catalog workbook in the national template's columns (one header row), with realistic
 * texts, shared strings as Excel writes them, and a defect every {@code defectEvery} rows (an empty 公开时限).
 */
public final class BigCatalog {

  private static final String[] TOPICS = {"政策文件", "办事指南", "审核信息", "审批结果", "监督检查", "招生管理", "资助政策"};
  private static final String[] OWNERS = {"清溪县教育局", "清溪县民政局", "清溪县市场监督管理局", "青石镇人民政府", "柳河乡人民政府"};
  private static final String CHANNELS = "■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 ■公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏（电子屏） □精准推送 □其他";

  private BigCatalog() {}

  public static void write(Path file, int rows, int defectEvery) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("目录");
      String[] header = {"序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "全社会", "特定群体", "主动", "依申请", "县级", "乡级"};
      Row h = s.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int i = 1; i <= rows; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(i);
        r.createCell(1).setCellValue(TOPICS[i % TOPICS.length]);
        r.createCell(2).setCellValue("对第" + i + "号事项的公开");
        r.createCell(3).setCellValue("受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准");
        r.createCell(4).setCellValue("《中华人民共和国政府信息公开条例》（国务院令第711号）第二十" + (i % 10) + "条");
        if (defectEvery <= 0 || i % defectEvery != 0) {
          r.createCell(5).setCellValue("信息形成或者变更之日起20个工作日内");
        }
        r.createCell(6).setCellValue(OWNERS[i % OWNERS.length]);
        r.createCell(7).setCellValue(CHANNELS);
        r.createCell(i % 3 == 0 ? 9 : 8).setCellValue("√");
        r.createCell(10).setCellValue("√");
        boolean township = OWNERS[i % OWNERS.length].endsWith("人民政府");
        r.createCell(township ? 13 : 12).setCellValue("√");
      }
      wb.write(out);
    }
  }
}
