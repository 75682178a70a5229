package org.gkml.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a catalog flattened to one row per item, as the CSV and the data package write them: the national
 * template's columns in its order, the two-row header of 公开对象/公开方式/公开层级 flattened to {@code 公开对象/全社会}
 * (which gkml's own reader recognises as the tick column under its group). {@code header} is the Chinese header the
 * CSV writes; {@code name} the ASCII name the data package's Table Schema uses (the YAML catalog's keys where there
 * is one), {@code header} becoming its {@code title}.
 */
enum FlatColumn {
  ID("id", "编号", Kind.TEXT, ExportItem::id,
      "目录文件中的事项编号（YAML 目录的 id）；表格目录没有编号时为空。"),
  SEQ("seq", "序号", Kind.NUMBER, i -> String.valueOf(i.number()),
      "事项在本领域目录中的顺序号，从 1 起。"),
  TOPIC("topic", "一级事项", Kind.TEXT, ExportItem::topic, "公开事项的一级事项。"),
  ITEM("item", "二级事项", Kind.TEXT, ExportItem::item, "公开事项的二级事项（有三级、四级时以 / 连接）。"),
  CONTENT("content", "公开内容（要素）", Kind.TEXT, ExportItem::content, "公开内容（要素）。"),
  BASIS("basis", "公开依据", Kind.TEXT, i -> String.join("\n", i.basis()),
      "公开依据；有多条依据时每条一行（以换行符分隔）。"),
  DEADLINE("deadline", "公开时限", Kind.TEXT, ExportItem::deadline, "公开时限。"),
  OWNER("owner", "公开主体", Kind.TEXT, ExportItem::owner, "公开主体。"),
  CHANNELS("channels", "公开渠道和载体", Kind.CHANNELS, null,
      "选中的公开渠道和载体，每个一行（以换行符分隔）；“其他”写作“其他：说明”。"),
  AUDIENCE_ALL("audience_all", "公开对象/全社会", Kind.TICK, i -> tick(i.audience(), "全社会"),
      "公开对象为全社会时为 √，否则为空。"),
  AUDIENCE_SPECIFIC("audience_specific", "公开对象/特定群体", Kind.TICK, i -> tick(i.audience(), "特定群体"),
      "公开对象为特定群体时为 √，否则为空。"),
  AUDIENCE_GROUP("audience_group", "特定群体名称", Kind.TEXT, ExportItem::audienceDetail,
      "写明的特定群体（如 低保对象）；未写明时为空。"),
  MODE_ACTIVE("mode_active", "公开方式/主动", Kind.TICK, i -> tick(i.mode(), "主动"), "主动公开时为 √，否则为空。"),
  MODE_REQUEST("mode_request", "公开方式/依申请", Kind.TICK, i -> tick(i.mode(), "依申请"),
      "依申请公开时为 √，否则为空。"),
  LEVEL_COUNTY("level_county", "公开层级/县级", Kind.TICK, i -> tick(i.levels(), "县级"), "县级公开时为 √，否则为空。"),
  LEVEL_TOWN("level_town", "公开层级/乡级", Kind.TICK, i -> tick(i.levels(), "乡级"), "乡级公开时为 √，否则为空。"),
  LEVEL_VILLAGE("level_village", "公开层级/村级", Kind.TICK, i -> tick(i.levels(), "村级"),
      "村级公开时为 √，否则为空（国家模板没有这一列，县里用到村级时才有值）。");

  /** What a column holds, which decides its Table Schema type. */
  enum Kind { NUMBER, TEXT, CHANNELS, TICK }

  /** The tick a chosen option is written with, in the template and in gkml's exports. */
  static final String TICK = "√";

  /** The CSV's columns: the template's, without the data package's own id and 特定群体名称 columns. */
  static final List<FlatColumn> CSV = List.copyOf(without(EnumSet.of(ID, AUDIENCE_GROUP)));
  /** The data package's columns: all. */
  static final List<FlatColumn> PACKAGE = List.of(values());

  private final String name;
  private final String header;
  private final Kind kind;
  private final Function<ExportItem, String> value;
  private final String description;

  FlatColumn(String name, String header, Kind kind, Function<ExportItem, String> value, String description) {
    this.name = name;
    this.header = header;
    this.kind = kind;
    this.value = value;
    this.description = description;
  }

  String fieldName() {
    return name;
  }

  String header() {
    return header;
  }

  Kind kind() {
    return kind;
  }

  String description() {
    return description;
  }

  /** The plain value of this column for an item; channels one per line. */
  String valueOf(ExportItem item) {
    if (this == CHANNELS) {
      return String.join("\n", item.channels());
    }
    String v = value.apply(item);
    return v == null ? "" : v;
  }

  private static String tick(List<String> chosen, String option) {
    return chosen.contains(option) ? TICK : "";
  }

  private static List<FlatColumn> without(Set<FlatColumn> left) {
    List<FlatColumn> out = new ArrayList<>();
    for (FlatColumn c : values()) {
      if (!left.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
