package org.gkml.rules.required;

import java.util.List;
import java.util.Map;
import org.gkml.model.ElementKind;
import org.gkml.model.InputKind;
import org.gkml.model.TableHeader;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/** A required column is missing from a recognised table (reported once, at the header row). */
public final class ColumnMissing extends Rule {

  private static final RuleInfo INFO = new RuleInfo("column-missing", Target.TABLE, ElementKind.FILE, Severity.ERROR);

  /** Required columns per kind, with the header text a clerk would add. */
  static final Map<InputKind, List<String[]>> REQUIRED = Map.of(
      InputKind.CATALOG, List.of(
          new String[] {"name", "公开事项（一级事项/二级事项）"}, new String[] {"content", "公开内容（要素）"},
          new String[] {"basis", "公开依据"}, new String[] {"deadline", "公开时限"}, new String[] {"owner", "公开主体"},
          new String[] {"channel", "公开渠道和载体"}, new String[] {"audience", "公开对象（全社会/特定群体）"},
          new String[] {"mode", "公开方式（主动/依申请）"}, new String[] {"level", "公开层级（县级/乡级）"}),
      InputKind.POWER, List.of(
          new String[] {"name", "职权名称"}, new String[] {"category", "职权类型"},
          new String[] {"basis", "实施依据"}, new String[] {"subject", "实施主体"}),
      InputKind.SERVICE, List.of(
          new String[] {"name", "事项名称"}, new String[] {"basis", "办理依据"},
          new String[] {"deadline", "办理时限"}, new String[] {"subject", "实施主体"}));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TableHeader table, Findings out) {
    for (String[] col : REQUIRED.get(table.kind())) {
      if (!table.has(col[0])) {
        out.reportAt(null, table.location(), "", col[1]);
      }
    }
  }
}
