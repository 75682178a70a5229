package org.gkml.read.table;

import java.util.List;
import org.gkml.model.InputKind;

/**
 * The roles a header cell can name, per kind of table, with the header texts that name them. Texts are compared
 * after {@link org.gkml.text.Texts#headerKey} (no blanks, Simplified, half-width brackets), exactly first, then
 * by the {@code contains} words.
 */
public enum Column {
  // 标准目录 (the national template)
  SEQ(null, List.of("序号", "编号", "序"), List.of()),
  TOPIC(InputKind.CATALOG, List.of("一级事项", "一级目录", "一级", "一级公开事项", "公开事项一级事项", "事项类别", "一级事项名称"), List.of("一级事项", "一级目录")),
  ITEM(InputKind.CATALOG, List.of("二级事项", "二级目录", "二级", "二级公开事项", "公开事项二级事项", "公开事项名称", "公开事项", "二级事项名称"), List.of("二级事项", "二级目录")),
  ITEM3(InputKind.CATALOG, List.of("三级事项", "三级目录", "三级"), List.of("三级事项", "三级目录")),
  ITEM4(InputKind.CATALOG, List.of("四级事项", "四级目录", "四级"), List.of("四级事项", "四级目录")),
  CONTENT(InputKind.CATALOG, List.of("公开内容", "公开内容(要素)", "公开要素", "公开内容要素", "内容(要素)"), List.of("公开内容")),
  BASIS(InputKind.CATALOG, List.of("公开依据", "公开的依据"), List.of("公开依据")),
  DEADLINE(InputKind.CATALOG, List.of("公开时限", "公开时间", "公开期限"), List.of("公开时限")),
  OWNER(InputKind.CATALOG, List.of("公开主体", "公开责任主体", "公开单位", "责任单位"), List.of("公开主体")),
  CHANNEL(InputKind.CATALOG, List.of("公开渠道和载体", "公开渠道", "公开渠道及载体", "公开载体", "渠道和载体", "公开方式和载体"), List.of("公开渠道", "渠道和载体", "公开载体")),
  AUDIENCE_GROUP(InputKind.CATALOG, List.of("公开对象", "公开范围"), List.of("公开对象")),
  AUDIENCE_ALL(InputKind.CATALOG, List.of("全社会", "社会", "社会公众", "全社会公开"), List.of()),
  AUDIENCE_SPECIFIC(InputKind.CATALOG, List.of("特定群体", "特定群众", "特定对象", "特定人群"), List.of("特定群体", "特定群众", "特定对象")),
  MODE_GROUP(InputKind.CATALOG, List.of("公开方式"), List.of()),
  MODE_ACTIVE(InputKind.CATALOG, List.of("主动", "主动公开"), List.of()),
  MODE_REQUEST(InputKind.CATALOG, List.of("依申请", "依申请公开", "申请", "申请公开"), List.of()),
  LEVEL_GROUP(InputKind.CATALOG, List.of("公开层级"), List.of("公开层级")),
  LEVEL_COUNTY(InputKind.CATALOG, List.of("县级", "区级", "旗级", "县区级", "县(市、区)级", "县(市区)级", "县(区)级", "市级", "州级县级"), List.of()),
  LEVEL_TOWN(InputKind.CATALOG, List.of("乡级", "镇级", "乡镇级", "镇街级", "街道级", "乡镇(街道)级", "乡镇(街道)", "镇(街)级", "乡镇街道级", "镇街乡", "乡、村级", "乡村级"), List.of()),
  LEVEL_VILLAGE(InputKind.CATALOG, List.of("村级", "村(社区)级", "村居级", "村(居)级", "村"), List.of()),
  FIELD(InputKind.CATALOG, List.of("公开领域", "相应领域", "所属领域", "领域", "试点领域"), List.of()),

  // 权责清单 (power list)
  P_CODE(InputKind.POWER, List.of("职权编码", "事项编码", "权力编码", "编码", "基本编码", "实施编码"), List.of("职权编码", "权力编码")),
  P_CATEGORY(InputKind.POWER, List.of("职权类型", "权力类型", "职权类别", "权力类别", "事项类型", "类型", "类别", "职权分类"), List.of("职权类型", "权力类型", "职权类别", "权力类别")),
  P_NAME(InputKind.POWER, List.of("职权名称", "权力名称", "权力事项名称", "事项名称", "主项名称", "项目名称", "职权事项", "权力事项", "规范统一事项名称"), List.of("职权名称", "权力名称", "主项名称")),
  P_SUBITEM(InputKind.POWER, List.of("子项", "子项名称", "子项目名称", "子项事项名称"), List.of("子项")),
  P_BASIS(InputKind.POWER, List.of("实施依据", "设定依据", "法定依据", "依据", "行使依据", "设定和实施依据", "职权依据", "法律依据", "办理依据"), List.of("实施依据", "设定依据", "法定依据", "行使依据")),
  P_SUBJECT(InputKind.POWER, List.of("实施主体", "行使主体", "法定主体", "责任主体", "部门名称", "实施部门", "行权部门", "行使主体(责任主体)", "办理主体", "实施单位"), List.of("实施主体", "行使主体", "法定主体", "行权部门")),
  P_AGENCY(InputKind.POWER, List.of("承办机构", "实施机构", "责任科室", "承办科室", "内设机构", "承办股室"), List.of("承办机构", "责任科室", "承办科室")),
  P_DUTY(InputKind.POWER, List.of("责任事项", "责任事项内容"), List.of("责任事项")),
  P_LEVEL(InputKind.POWER, List.of("行使层级", "实施层级"), List.of("行使层级")),
  P_DEADLINE(InputKind.POWER, List.of("法定期限", "办理时限", "法定办结时限", "承诺时限"), List.of()),
  P_REMARK(InputKind.POWER, List.of("备注"), List.of()),

  // 公共服务事项清单 (service list)
  S_NAME(InputKind.SERVICE, List.of("事项名称", "服务事项名称", "服务事项", "公共服务事项名称", "服务项目", "项目名称"), List.of("服务事项名称")),
  S_CATEGORY(InputKind.SERVICE, List.of("事项类型", "服务类别", "事项类别", "服务类型"), List.of()),
  S_TARGET(InputKind.SERVICE, List.of("服务对象", "办理对象", "适用对象"), List.of("服务对象")),
  S_BASIS(InputKind.SERVICE, List.of("办理依据", "实施依据", "设定依据", "依据", "服务依据", "法律依据", "行使依据"), List.of("办理依据", "服务依据")),
  S_DEADLINE(InputKind.SERVICE, List.of("办理时限", "承诺时限", "法定时限", "法定期限", "服务时限", "办结时限"), List.of("办理时限", "承诺时限", "法定时限")),
  S_SUBJECT(InputKind.SERVICE, List.of("实施主体", "办理主体", "责任单位", "服务主体", "实施部门", "责任部门", "主管部门"), List.of("实施主体", "办理主体")),
  S_PLACE(InputKind.SERVICE, List.of("办理地点", "服务地点", "受理地点"), List.of("办理地点")),
  S_PHONE(InputKind.SERVICE, List.of("咨询电话", "咨询方式", "联系电话"), List.of("咨询电话")),
  S_SUPERVISION(InputKind.SERVICE, List.of("监督电话", "投诉电话", "监督投诉电话", "监督投诉方式"), List.of("监督电话", "投诉电话")),
  S_FEE(InputKind.SERVICE, List.of("收费标准", "收费依据及标准", "收费标准及依据", "是否收费", "收费"), List.of("收费")),
  S_REMARK(InputKind.SERVICE, List.of("备注"), List.of());

  private final InputKind kind;
  private final List<String> exact;
  private final List<String> contains;

  Column(InputKind kind, List<String> exact, List<String> contains) {
    this.kind = kind;
    this.exact = exact;
    this.contains = contains;
  }

  /** The kind of table the column belongs to; null for columns every kind has (序号). */
  public InputKind kind() {
    return kind;
  }

  /** True for the group headers of the national template's two-row header (公开对象, 公开方式, 公开层级). */
  public boolean isGroup() {
    return this == AUDIENCE_GROUP || this == MODE_GROUP || this == LEVEL_GROUP;
  }

  /** True for the columns that sit under a group header. */
  public boolean isTick() {
    return this == AUDIENCE_ALL || this == AUDIENCE_SPECIFIC || this == MODE_ACTIVE || this == MODE_REQUEST
        || this == LEVEL_COUNTY || this == LEVEL_TOWN || this == LEVEL_VILLAGE;
  }

  /** The group a tick column belongs to. */
  public Column group() {
    return switch (this) {
      case AUDIENCE_ALL, AUDIENCE_SPECIFIC -> AUDIENCE_GROUP;
      case MODE_ACTIVE, MODE_REQUEST -> MODE_GROUP;
      case LEVEL_COUNTY, LEVEL_TOWN, LEVEL_VILLAGE -> LEVEL_GROUP;
      default -> null;
    };
  }

  /** The canonical option a tick column stands for (全社会, 主动, 县级 …). */
  public String option() {
    return switch (this) {
      case AUDIENCE_ALL -> "全社会";
      case AUDIENCE_SPECIFIC -> "特定群体";
      case MODE_ACTIVE -> "主动";
      case MODE_REQUEST -> "依申请";
      case LEVEL_COUNTY -> "县级";
      case LEVEL_TOWN -> "乡级";
      case LEVEL_VILLAGE -> "村级";
      default -> null;
    };
  }

  /** The Chinese name used in messages. */
  public String label() {
    return exact.isEmpty() ? name() : exact.get(0);
  }

  boolean matchesExactly(String key) {
    return exact.contains(key) || (key.startsWith("(") && exact.contains(stripParenthesised(key)))
        || exact.contains(stripParenthesised(key));
  }

  boolean matchesLoosely(String key) {
    for (String word : contains) {
      if (key.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "公开内容(要素)" stays as it is; "特定群体(请写明)" → "特定群体"; "依申请公开(注)" → "依申请公开". */
  static String stripParenthesised(String key) {
    int open = key.indexOf('(');
    if (open > 0 && key.endsWith(")")) {
      return key.substring(0, open);
    }
    return key;
  }
}
