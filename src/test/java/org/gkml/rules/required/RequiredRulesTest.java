package org.gkml.rules.required;

import static org.gkml.rules.RuleCase.of;
import static org.gkml.rules.TestItems.item;
import static org.gkml.rules.TestRows.power;
import static org.gkml.rules.TestRows.service;

import java.util.Set;
import java.util.stream.Stream;
import org.gkml.model.ChannelMark;
import org.gkml.model.InputKind;
import org.gkml.model.Location;
import org.gkml.model.TableHeader;
import org.gkml.rules.RuleCase;
import org.gkml.rules.RuleCase.Input;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baseline rules (an element or column missing, ticks, duplicates, 同上, power categories): each fires on a
 * defect and stays silent on a close but correct value.
 */
class RequiredRulesTest {

  private static final Set<String> CATALOG_COLUMNS =
      Set.of("name", "content", "basis", "deadline", "owner", "channel", "audience", "mode", "level");

  private static Input header(InputKind kind, Set<String> columns) {
    return Input.table(new TableHeader(kind, Location.cell("t.xlsx", "义务教育", 2, 0), columns));
  }

  private static Set<String> catalogColumnsWithout(String column) {
    return CATALOG_COLUMNS.stream().filter(c -> !c.equals(column)).collect(java.util.stream.Collectors.toSet());
  }

  private static ChannelMark box(String name, boolean chosen, char glyph) {
    return new ChannelMark(name, chosen, glyph, null);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        of("column-missing", ColumnMissing::new, header(InputKind.CATALOG, catalogColumnsWithout("deadline")),
            header(InputKind.CATALOG, CATALOG_COLUMNS), null),
        of("column-missing", ColumnMissing::new, header(InputKind.POWER, Set.of("name", "category", "subject")),
            header(InputKind.POWER, Set.of("name", "category", "basis", "subject")), null),
        of("column-missing", ColumnMissing::new, header(InputKind.SERVICE, Set.of("name", "basis", "subject")),
            header(InputKind.SERVICE, Set.of("name", "basis", "deadline", "subject")), null),
        // one-level catalogs have no 二级事项 column: the 一级事项 is the name
        of("name-missing", NameMissing::new, item().name("　"), item().name("").without("item"), null),
        of("name-missing", NameMissing::new, item().topic("").name("").without("item"),
            item().topic("招生管理").name("").without("item"), null),
        // a missing column is column-missing's finding, not one per row
        of("content-missing", ElementMissing::content, item().content(" "), item().content("").without("content"), null),
        // a YAML list whose first entry is empty still has a basis
        of("basis-missing", ElementMissing::basis, item().basis(""), item().basis("", "《中华人民共和国义务教育法》"), null),
        of("deadline-missing", ElementMissing::deadline, item().deadline(""), item().deadline("").without("deadline"),
            null),
        of("owner-missing", ElementMissing::owner, item().owner("\n"), item().owner("").without("owner"), null),
        of("channel-none-chosen", ChannelNoneChosen::new,
            item().channelMarks("□政府网站 □政府公报 □两微一端", box("政府网站", false, '□'), box("政府公报", false, '□'),
                box("两微一端", false, '□')),
            item().channelMarks("□政府网站 □政府公报 ■两微一端", box("政府网站", false, '□'), box("政府公报", false, '□'),
                box("两微一端", true, '■')),
            null),
        of("channel-none-chosen", ChannelNoneChosen::new, item().channels(), item().channels("其他：学校公示栏"), null),
        of("audience-not-one", TickCount::audience, item().audiences("全社会", "特定群体"),
            item().audience("特定群体", false, "低保对象"), null),
        of("audience-not-one", TickCount::audience, item().audiences(), item().audience("全社会", true, null), null),
        of("mode-not-one", TickCount::mode, item().mode("主动", "依申请"), item().mode("依申请"), null),
        of("mode-not-one", TickCount::mode, item().mode(), item().modeAsText("主动"), null),
        // both levels is a normal answer: 公开层级 may be 县级 and 乡级
        of("level-missing", TickCount::level, item().levels(), item().levels("县级", "乡级"), null),
        of("item-duplicate", DuplicateItem::catalog,
            Input.records(item().name("招生计划").build(), item().name("招生计划 ").build()),
            Input.records(item().name("招生计划").build(), item().name("随迁子女招生计划").build()), null),
        of("item-duplicate", DuplicateItem::catalog,
            Input.records(item().name("招生计划").build(), item().name("招生计划").build()),
            Input.records(item().name("招生计划").build(), item().topic("财务信息").name("招生计划").build()), null),
        of("same-as-above", SameAsAbove::new, item().deadlineSameAsAbove("信息形成或者变更之日起20个工作日内"),
            item().deadlineFilledDown("信息形成或者变更之日起20个工作日内"), "信息形成或者变更之日起20个工作日内"),
        of("power-name-missing", ListValueMissing::powerName, power().set("name", ""),
            power().set("name", "").without("name"), null),
        of("power-category-missing", ListValueMissing::powerCategory, power().set("category", " "),
            power().set("category", "其他行政权力"), null),
        of("power-basis-missing", ListValueMissing::powerBasis, power().set("basis", ""),
            power().without("basis"), null),
        of("power-subject-missing", ListValueMissing::powerSubject, power().set("subject", ""),
            power().set("subject", "").without("subject"), null),
        of("power-category-unknown", PowerCategoryUnknown::new, power().set("category", "许可"),
            power().set("category", "行政许可（审批）"), "行政许可"),
        of("power-category-unknown", PowerCategoryUnknown::new, power().set("category", "其它"),
            power().set("category", "其他行政权力-备案"), "其他行政权力"),
        of("power-duplicate", DuplicateItem::power,
            Input.records(power().buildPower(), power().atRow(13).set("code", "34119900MZ-JF-0004").buildPower()),
            Input.records(power().buildPower(), power().atRow(13).set("subject", "青石镇人民政府").buildPower()), null),
        of("service-name-missing", ListValueMissing::serviceName, service().set("name", ""),
            service().set("name", "").without("name"), null),
        of("service-basis-missing", ListValueMissing::serviceBasis, service().set("basis", ""),
            service().without("basis"), null),
        of("service-deadline-missing", ListValueMissing::serviceDeadline, service().set("deadline", ""),
            service().set("deadline", "即时办结"), null),
        of("service-subject-missing", ListValueMissing::serviceSubject, service().set("subject", "　"),
            service().set("subject", "清溪县民政局；清溪县残疾人联合会"), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesAndNearMissDoesNot(RuleCase c) {
    c.assertFiresAndNearMissDoesNot();
  }
}
