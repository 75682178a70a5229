package org.gkml.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * The benchmark's inputs: a 政务公开 catalog in the national template's columns and a 权责清单, with texts of the
 * length and variety real ones have (unique item names, a few hundred distinct bases, deadlines and bodies, long
 * repeated 责任事项), a defect every few hundred rows, as .xlsx with shared strings (the layout Excel and WPS
 * write), as UTF-8 CSV, and as .xls. The .xlsx is written directly (zlib level 6, sizes in the local headers
 * after a second pass is not needed: java.util.zip records them in the central directory, which POI reads).
 */
final class Inputs {

  static final String[] CATALOG_HEADER = {"序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
      "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"};
  static final String[] POWER_HEADER = {"序号", "职权编码", "职权类型", "职权名称", "子项", "实施依据", "实施主体", "承办机构",
      "责任事项", "备注"};

  private static final String[] TOPICS = {"政策文件", "办事指南", "审核信息", "监督检查", "招生管理", "资助政策", "社会救助",
      "财政预决算", "重大项目", "养老服务", "就业创业", "统计信息"};
  private static final String[] KINDS = {"办事指南", "政策文件", "监督检查结果", "年度工作报告", "资金使用情况", "统计数据", "办理流程"};
  private static final String[] ACTS = {"擅自从事", "未按规定办理", "违法占用", "超范围经营", "未取得许可证从事", "拒不履行",
      "违反规定开展", "未经批准设立"};
  private static final String[] OBJECTS = {"食品经营", "歌舞娱乐活动", "建筑施工", "危险化学品储存", "民办学校办学", "养老机构",
      "网络预约出租汽车经营", "生猪屠宰", "农药经营", "燃气经营", "道路运输", "医疗机构执业", "排污", "采矿", "广告发布", "出版物零售"};
  private static final String[] ELEMENTS = {"受理部门", "办理条件", "办理流程", "所需材料", "办理时限", "收费依据及标准", "咨询方式",
      "监督投诉渠道", "办理结果", "申请表格", "处罚依据", "救济途径", "执法主体", "检查结果"};
  // Laws in gkml's registry (catalogs/laws.yaml), so that a row is clean unless it carries a deliberate defect.
  private static final String[] LAWS = {"《中华人民共和国政府信息公开条例》（国务院令第711号）", "《中华人民共和国行政许可法》",
      "《中华人民共和国行政处罚法》", "《中华人民共和国行政强制法》", "《中华人民共和国义务教育法》", "《社会救助暂行办法》（国务院令第649号）",
      "《中华人民共和国预算法》", "《中华人民共和国老年人权益保障法》", "《中华人民共和国就业促进法》", "《养老机构管理办法》"};
  private static final String[] ARTICLES = {"第八条", "第十二条", "第二十条", "第二十一条", "第三十条", "第四十五条", "第六十二条",
      "第八十五条"};
  private static final String[] DEADLINES = {"信息形成或者变更之日起20个工作日内", "信息形成或者变更之日起10个工作日内",
      "信息形成之日起20个工作日内", "每年3月31日前"};
  private static final String[] OWNERS = {"长安县教育局", "长安县民政局", "长安县市场监督管理局", "长安县商务局", "长安县交通运输局",
      "长安县生态环境分局", "青石镇人民政府", "柳河乡人民政府", "长安县卫生健康委员会", "长安县文化和旅游局"};
  private static final String[] CATEGORIES = {"行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认",
      "行政奖励", "行政裁决", "其他行政权力"};
  private static final String[] CHANNELS = {"政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点",
      "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他"};
  private static final String DUTY = "1.受理责任：公示依法应当提交的材料，一次性告知补正材料，依法受理或者不予受理（不予受理的应当告知理由）。\n"
      + "2.审查责任：对申请材料进行审查，需要现场核查的组织现场核查。\n3.决定责任：作出准予或者不予许可的决定，不予许可的说明理由并告知救济途径。\n"
      + "4.送达责任：制发并送达许可证件，依法公开许可结果。\n5.事后监管责任：对被许可人从事许可事项的活动实施监督检查。\n"
      + "6.其他法律法规规章文件规定应履行的责任。";

  private Inputs() {}

  /** Row {@code i} (1-based) of the catalog; empty cells are null, as real files leave them out. */
  static String[] catalogRow(int i) {
    String[] r = new String[CATALOG_HEADER.length];
    r[0] = Integer.toString(i);
    r[1] = TOPICS[i % TOPICS.length];
    r[2] = OBJECTS[(i / 8) % OBJECTS.length] + KINDS[i % KINDS.length] + "（第" + i + "项）";
    int n = 3 + i % 4;
    StringBuilder content = new StringBuilder();
    for (int k = 0; k < n; k++) {
      content.append(k == 0 ? "" : "、").append(ELEMENTS[(i + k * 5) % ELEMENTS.length]);
    }
    r[3] = content.toString();
    r[4] = LAWS[i % LAWS.length] + ARTICLES[(i / 3) % ARTICLES.length]
        + (i % 4 == 0 ? "；" + LAWS[(i / 7) % LAWS.length] + ARTICLES[i % ARTICLES.length] : "");
    boolean onRequest = i % 7 == 0;
    r[5] = i % 1000 == 0 ? null : i % 997 == 0 ? "及时公开"
        : onRequest ? "自收到申请之日起20个工作日内" : DEADLINES[i % DEADLINES.length];
    String owner = OWNERS[i % OWNERS.length];
    r[6] = owner;
    StringBuilder channels = new StringBuilder();
    for (int k = 0; k < CHANNELS.length; k++) {
      // 政府网站 always, some others by the row's bits, 精准推送 for a 特定群体, never an unnamed 其他.
      boolean on = k == 0 || k == 11 && i % 5 == 0 || k < 11 && ((i >> k) & 1) == 1 && k % 3 == 0;
      channels.append(k == 0 ? "" : " ").append(on ? '■' : '□').append(CHANNELS[k]);
    }
    r[7] = channels.toString();
    r[i % 5 == 0 ? 9 : 8] = "√";
    r[onRequest ? 11 : 10] = "√";
    r[owner.endsWith("人民政府") ? 13 : 12] = "√";
    return r;
  }

  /** Row {@code i} (1-based) of the 权责清单. */
  static String[] powerRow(int i) {
    String[] r = new String[POWER_HEADER.length];
    String category = CATEGORIES[i % CATEGORIES.length];
    r[0] = Integer.toString(i);
    r[1] = String.format("341199%02dXK-%07d", i % 40, i);
    r[2] = i % 1500 == 0 ? "行政审查" : category;
    r[3] = "对" + ACTS[i % ACTS.length] + OBJECTS[(i / 8) % OBJECTS.length] + "行为的" + (category.equals("行政处罚") ? "处罚" : category.substring(2)) + "（第" + i + "项）";
    r[4] = i % 3 == 0 ? r[3].substring(0, Math.min(12, r[3].length())) + "（子项）" : null;
    r[5] = i % 800 == 0 ? null : LAWS[i % LAWS.length] + ARTICLES[(i / 3) % ARTICLES.length];
    r[6] = OWNERS[i % OWNERS.length];
    r[7] = "综合股";
    r[8] = DUTY;
    r[9] = null;
    return r;
  }

  interface Rows {
    String[] row(int i);
  }

  /** An .xlsx with one sheet and a shared-string table, written the way Excel lays it out. */
  static void xlsx(Path file, String sheet, String[] header, Rows rows, int count) throws IOException {
    Map<String, Integer> shared = new LinkedHashMap<>(1 << 21);
    long references = 0;
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
      zip.setLevel(6);
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"" + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
          + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
          + "<borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
          + "</styleSheet>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new BufferedWriter(new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8), 1 << 16);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>");
      for (int i = 0; i <= count; i++) {
        String[] cells = i == 0 ? header : rows.row(i);
        int rowNumber = i + 1;
        w.write("<row r=\"" + rowNumber + "\">");
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] == null) {
            continue;
          }
          String ref = (char) ('A' + c) + Integer.toString(rowNumber);
          if (c == 0 && i > 0) {
            w.write("<c r=\"" + ref + "\"><v>" + cells[c] + "</v></c>");
          } else {
            Integer idx = shared.putIfAbsent(cells[c], shared.size());
            w.write("<c r=\"" + ref + "\" t=\"s\"><v>" + (idx == null ? shared.size() - 1 : idx) + "</v></c>");
            references++;
          }
        }
        w.write("</row>");
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + references
          + "\" uniqueCount=\"" + shared.size() + "\">");
      for (String s : shared.keySet()) {
        boolean space = s.contains("\n") || s.startsWith(" ") || s.endsWith(" ");
        w.write(space ? "<si><t xml:space=\"preserve\">" : "<si><t>");
        w.write(escape(s));
        w.write("</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static void csv(Path file, String[] header, Rows rows, int count) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      p.printRecord((Object[]) header);
      for (int i = 1; i <= count; i++) {
        String[] r = rows.row(i);
        for (String c : r) {
          p.print(c == null ? "" : c);
        }
        p.println();
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** An .xls: BIFF8 holds at most 65,536 rows per sheet, so the rows are spread over sheets of {@code perSheet}. */
  static void xls(Path file, String[] header, Rows rows, int count, int perSheet) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp)) {
      int i = 1;
      for (int s = 1; i <= count; s++) {
        HSSFSheet sheet = wb.createSheet("目录" + s);
        HSSFRow h = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
          h.createCell(c).setCellValue(header[c]);
        }
        for (int r = 1; r <= perSheet && i <= count; r++, i++) {
          String[] cells = rows.row(i);
          HSSFRow row = sheet.createRow(r);
          for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
              if (c == 0) {
                row.createCell(c).setCellValue(i);
              } else {
                row.createCell(c).setCellValue(cells[c]);
              }
            }
          }
        }
      }
      wb.write(out);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String rep = ch == '&' ? "&amp;" : ch == '<' ? "&lt;" : ch == '>' ? "&gt;" : null;
      if (rep != null) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
        sb.append(rep);
      } else if (sb != null) {
        sb.append(ch);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Lets the sheet's writer be closed without closing the zip. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
