package org.gkml.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gkml.check.Inputs;
import org.gkml.model.CatalogItem;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.read.RecordSink;
import org.gkml.read.table.TableReader;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.read.xlsx.XlsxTableSource;

/** Catalogs for the export tests, and reading any exported catalog back with validate's readers. */
final class ExportFixtures {

  private ExportFixtures() {}

  /**
   * A catalog with every element filled, written by hand (not by gkml): quotes, commas, line breaks, 《》〔〕, a
   * leading = and the other formula starters, a named 特定群体, 其他 with a detail and an extra channel.
   */
  static final String RICH = """
      catalog: 清溪县社会救助领域基层政务公开标准目录
      field: 社会救助
      region: 清溪县
      items:
        - id: SHJZ-001
          topic: 最低生活保障
          item: "办事指南 \\"申请\\" 条件"
          content: "申请条件、所需材料，办理流程\\n第二行：受理机构, 联系电话"
          basis:
            - 《社会救助暂行办法》（国务院令第649号）第九条
            - 《最低生活保障审核确认办法》（民发〔2021〕57号）
          deadline: "=信息形成之日起20个工作日内"
          owner: "清溪县民政局, 各乡镇人民政府"
          channels: [政府网站, 两微一端, "其他：国家企业信用信息公示系统", 12345政务服务热线]
          audience: "特定群体：低保对象"
          mode: 主动
          levels: [县级, 乡级]
        - id: SHJZ-002
          topic: 最低生活保障
          item: "审核信息 'quoted'"
          content: "\\"双引号\\" 和 'single', comma, 逗号，句号。"
          basis:
            - "=HYPERLINK(\\"http://x\\",\\"y\\")"
          deadline: "+cmd"
          owner: "-1+1"
          channels: [公开查阅点, 政务服务中心]
          audience: [全社会, 特定群体]
          mode: [主动, 依申请]
          levels: [县级]
        - id: SHJZ-003
          topic: 临时救助
          item: "@SUM(A1)"
          content: 内容见《条例》〔2019〕54号
          basis:
            - 《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）
          deadline: 信息形成或者变更之日起20个工作日内
          owner: 清溪县民政局
          channels: [便民服务站]
          audience: 全社会
          mode: 依申请
          levels: [乡级]
      """;

  static Path rich(Path dir) throws Exception {
    Path f = dir.resolve("rich-shjz.yaml");
    Files.writeString(f, RICH, StandardCharsets.UTF_8);
    return f;
  }

  /** The items of a catalog file (YAML, JSON or workbook), as validate's readers see them. */
  static List<ExportItem> read(Path file) throws Exception {
    List<ExportItem> out = new ArrayList<>();
    RecordSink sink = new RecordSink() {
      @Override
      public void table(String sheet, TableHeader header) {}

      @Override
      public void record(Record record) {
        if (record instanceof CatalogItem i) {
          out.add(ExportItem.of(out.size() + 1, i, List.of()));
        }
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {}
    };
    if (Inputs.formatOf(file) == Inputs.Format.YAML) {
      new YamlCatalogReader().read(file, file.toString(), sink);
    } else {
      new XlsxTableSource().read(file, new TableReader(file.toString(), null, sink));
    }
    return out;
  }

  /**
   * An item's texts in a form every format keeps: 公开依据 joined with line breaks (a workbook holds them in one
   * cell); with {@code channelOrder} false the channels as a set (the template puts them in its own order).
   */
  static String key(ExportItem i, boolean channelOrder) {
    Object channels = channelOrder ? i.channels() : new TreeSet<>(i.channels());
    return String.join(" | ", i.topic(), i.item(), i.content(), String.join("\n", i.basis()), i.deadline(), i.owner(),
        channels.toString(), i.audience().toString(), i.audienceDetail(), i.mode().toString(), i.levels().toString());
  }
}
