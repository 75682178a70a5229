package org.gkml.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.model.CatalogItem;
import org.gkml.model.InputKind;
import org.gkml.model.Location;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.read.InputException;
import org.gkml.read.RecordSink;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.read.table.TableReader;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Finding;
import org.gkml.rules.Validator;

/** Catalogs for the export tests: the bundled examples (with their findings) and a catalog of awkward texts. */
final class OpenFormatFixtures {

  /** One field's catalog as the writers get it. */
  record FieldItems(ExportField field, List<ExportItem> items) {}

  private OpenFormatFixtures() {}

  /** examples/qingxi-ywjy-catalog.xlsx and examples/qingxi-shjz-catalog.yaml, read and validated. */
  static List<FieldItems> examples() throws InputException {
    List<FieldItems> out = new ArrayList<>();
    Path ywjy = Path.of("examples/qingxi-ywjy-catalog.xlsx");
    Validating v1 = new Validating();
    new XlsxTableSource().read(ywjy, new TableReader(ywjy.getFileName().toString(), null, v1));
    out.add(new FieldItems(new ExportField("清溪县", "YWJY", "义务教育"), v1.items()));
    Path shjz = Path.of("examples/qingxi-shjz-catalog.yaml");
    Validating v2 = new Validating();
    YamlCatalogReader.Meta meta = new YamlCatalogReader().read(shjz, shjz.getFileName().toString(), v2);
    out.add(new FieldItems(new ExportField(meta.region(), "SHJZ", meta.field()), v2.items()));
    return out;
  }

  /**
   * Every element filled, with quotes, commas, line breaks, 《》〔〕, a character outside GBK (𬌗, four bytes in
   * GB18030), texts a spreadsheet takes for formulas.
   */
  static FieldItems awkward() {
    Location nowhere = Location.file("awkward.yaml");
    List<ExportItem> items = List.of(
        new ExportItem(1, "A-001", "=HYPERLINK(\"http://example.invalid\",\"点我\")", "招生\"划片\"范围, 含逗号",
            "第一行，含逗号, and \"quotes\"\n第二行：《中华人民共和国义务教育法》〔2019〕54号；联系人：王𬌗（生僻字）",
            List.of("《中华人民共和国义务教育法》第十二条", "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）"),
            "+10个工作日内", "@清溪县教育局", List.of("政府网站", "两微一端", "社区/企事业单位/村公示栏（电子屏）",
                "其他：清溪发布、学校公告栏"),
            List.of("特定群体"), "适龄儿童家长（含随迁子女）", List.of("依申请"), List.of("县级", "乡级", "村级"),
            nowhere, List.of()),
        new ExportItem(2, "A-002", "-负号开头", "'=已带引号", "'普通引号开头", List.of("-依据以减号开头", "@依据"),
            "=10", "清溪县教育局", List.of("政府网站"), List.of("全社会"), "", List.of("主动"), List.of("县级"),
            nowhere, List.of()),
        new ExportItem(3, "A-003", "政策文件", "只有名称", "<script>alert('x')</script> & 〔2019〕", List.of(),
            "", "", List.of(), List.of(), "", List.of(), List.of(), nowhere, List.of()));
    return new FieldItems(new ExportField("清溪县", "YWJY", "义务教育"), items);
  }

  /** Feeds fields to a writer and commits. */
  static void write(CatalogWriter w, List<FieldItems> fields) throws IOException {
    try (w) {
      for (FieldItems f : fields) {
        w.beginField(f.field());
        for (ExportItem i : f.items()) {
          w.item(i);
        }
        w.endField();
      }
      w.commit();
    }
  }

  /** A CSV as gkml validate reads it: the catalog items, numbered from 1. */
  static List<ExportItem> readCsv(Path csv) throws InputException {
    Validating sink = new Validating();
    new CsvTableSource().read(csv, new TableReader(csv.getFileName().toString(), InputKind.CATALOG, sink));
    return sink.items();
  }

  /** The elements of an item, without where it was read from, its id and its findings. */
  record Elements(int number, String topic, String item, String content, List<String> basis, String deadline,
      String owner, List<String> channels, List<String> audience, String audienceDetail, List<String> mode,
      List<String> levels) {
    static Elements of(ExportItem i) {
      return new Elements(i.number(), i.topic(), i.item(), i.content(), i.basis(), i.deadline(), i.owner(),
          i.channels(), i.audience(), i.audienceDetail(), i.mode(), i.levels());
    }

    static List<Elements> of(List<ExportItem> items) {
      return items.stream().map(Elements::of).toList();
    }
  }

  /** Reads records, runs every built-in rule on each, and keeps each item with its own findings. */
  static final class Validating implements RecordSink {
    private final Validator validator = new Validator(BuiltInRules.ALL, Map.of());
    private final List<ExportItem> items = new ArrayList<>();
    final List<TableHeader> tables = new ArrayList<>();

    @Override
    public void table(String sheet, TableHeader header) {
      tables.add(header);
      validator.check(header);
    }

    @Override
    public void record(Record record) {
      int before = validator.findings().size();
      validator.check(record);
      List<Finding> all = validator.findings();
      if (record instanceof CatalogItem item) {
        items.add(ExportItem.of(items.size() + 1, item, List.copyOf(all.subList(before, all.size()))));
      }
    }

    @Override
    public void sheetSkipped(String sheet, String reasonKey) {}

    List<ExportItem> items() {
      return items;
    }
  }
}
