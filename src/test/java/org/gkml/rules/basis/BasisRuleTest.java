package org.gkml.rules.basis;

import static org.gkml.rules.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gkml.domain.Citation;
import org.gkml.domain.Law;
import org.gkml.domain.LawRegistry;
import org.gkml.model.Element;
import org.gkml.model.Location;
import org.gkml.model.PowerRecord;
import org.gkml.model.Record;
import org.gkml.model.ServiceRecord;
import org.gkml.rules.Finding;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleCase;
import org.gkml.rules.Target;
import org.gkml.rules.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each 公开依据 rule: a basis that fires (with its fix) and a near miss that must not. */
class BasisRuleTest {

  private static RuleCase c(String id, Supplier<Rule> rule, String firing, String nearMiss, String fix) {
    return RuleCase.of(id, rule, item().basis(firing), item().basis(nearMiss), fix);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        c("basis-no-citation", BasisRule::noCitation, "相关法律法规",
            "中华人民共和国义务教育法", null),
        c("basis-no-citation", BasisRule::noCitation, "信息公开规定",
            "国办发〔2019〕54号", null),
        c("basis-brackets", BasisRule::brackets,
            "《最低生活保障审核确认办法》（民发[2021]57号）", "《最低生活保障审核确认办法》（民发〔2021〕57号）",
            "《最低生活保障审核确认办法》（民发〔2021〕57号）"),
        c("basis-brackets", BasisRule::brackets,
            "国发(2014)47号", "《社会救助暂行办法》（2014年2月21日国务院令第649号公布）", "国发〔2014〕47号"),
        c("basis-brackets", BasisRule::brackets,
            "民发〔2016 )115号", "民发〔2016〕115号", "民发〔2016〕115号"),
        c("basis-brackets", BasisRule::brackets,
            "国办发﹝2015﹞号、财社【2012】5号", "《〈关于全面推进政务公开工作的意见〉实施细则》", "国办发﹝2015﹞号、财社〔2012〕5号"),
        c("basis-brackets", BasisRule::brackets,
            "《中华人民共和国政府信息公开条例（国务院令第711号）", "《中华人民共和国政府信息公开条例》（国务院令第711号）",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
        c("basis-brackets", BasisRule::brackets,
            "<<中华人民共和国义务教育法>>第七条", "《中华人民共和国义务教育法》第七条", "《中华人民共和国义务教育法》第七条"),
        c("basis-garbled-number", BasisRule::garbledNumber,
            "国办发〔201744号", "国办发〔2017〕44号", "国办发〔2017〕44号"),
        c("basis-garbled-number", BasisRule::garbledNumber,
            "《中华人民共和国政府信息公开条例》(国令第711号) 号", "《中华人民共和国政府信息公开条例》(国令第711号)",
            "《中华人民共和国政府信息公开条例》(国令第711号)"),
        c("basis-short-title", BasisRule::shortTitle,
            "《政府信息公开条例》第二十条", "《中华人民共和国政府信息公开条例》第二十条",
            "《中华人民共和国政府信息公开条例》第二十条"),
        c("basis-replaced", BasisRule::replaced,
            "《中华人民共和国政府信息公开条例》（国务院令第492号）", "《中华人民共和国政府信息公开条例》（国务院令第711号）",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
        c("basis-replaced", BasisRule::replaced,
            "《中华人民共和国收养法》第十五条", "《中华人民共和国民法典》第一千一百零五条",
            "《中华人民共和国民法典》第十五条"),
        c("basis-replaced", BasisRule::replaced,
            "《最低生活保障审核审批办法（试行）》（民发〔2012〕220号）", "《最低生活保障审核确认办法》（民发〔2021〕57号）",
            null),
        c("basis-number-mismatch", BasisRule::numberMismatch,
            "《中华人民共和国政府信息公开条例》（国办发〔2019〕54号）",
            "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
        c("basis-number-mismatch", BasisRule::numberMismatch,
            "《关于做好政府信息公开工作的通知》（国办发〔2019〕54号）",
            "《中华人民共和国政府信息公开条例》第二十条；国办发〔2019〕54号",
            "《关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）"),
        c("basis-number-mismatch", BasisRule::numberMismatch,
            "《社会救助暂行办法》（国务院令第711号）",
            "《民政部关于印发〈最低生活保障审核确认办法〉的通知》（民发〔2021〕57号）",
            "《社会救助暂行办法》（国务院令第649号）"),
        c("basis-unknown-law", BasisRule::unknownLaw,
            "《清溪县义务教育管理暂行办法》", "《中华人民共和国义务教育法》", null),
        c("basis-unknown-law", BasisRule::unknownLaw,
            "《国务院办公厅关于全面推进基层政务公开标准化工作的意见》",
            "《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）", null),
        c("basis-unknown-law", BasisRule::unknownLaw,
            "《关于推进基层政务公开的意见》（国办发〔2019〕99号）",
            "《关于全面推进基层政务公开标准化工作的指导意见》（国办发〔2019〕54号）", null),
        c("basis-brackets", BasisRule::brackets,
            "《国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知（国办发〔2019〕24号）",
            "《国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知》（国办发〔2019〕24号）", null),
        c("basis-brackets", BasisRule::brackets,
            "《文化部 财政部关于推进全国美术馆、公共图书馆、文化馆（站）免费开放工作的意见（文财务发[2011]5号）",
            "《文化部 财政部关于推进全国美术馆、公共图书馆、文化馆（站）免费开放工作的意见》（文财务发〔2011〕5号）",
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesAndNearMissDoesNot(RuleCase c) {
    c.assertFiresAndNearMissDoesNot();
  }

  @Test
  void replacedNamesTheReplacement() {
    Finding f = item().basis("《最低生活保障审核审批办法（试行）》（民发〔2012〕220号）").check(BasisRule::replaced).get(0);
    assertTrue(f.args()[1].toString().contains("最低生活保障审核确认办法"), f.args()[1].toString());
    assertTrue(f.fix().contains("民发〔2021〕57号"), f.fix());
  }

  private static final List<Supplier<Rule>> ALL_BASIS = List.of(BasisRule::noCitation, BasisRule::brackets,
      BasisRule::garbledNumber, BasisRule::shortTitle, BasisRule::replaced, BasisRule::numberMismatch,
      BasisRule::unknownLaw);

  private static List<String> rulesOn(Record row) {
    Validator v = new Validator(ALL_BASIS, Map.of());
    v.check(row);
    return v.findings().stream().map(f -> f.rule() + " " + f.location().cellRef() + " " + f.fix()).toList();
  }

  private static PowerRecord power(String basis) {
    Location at = Location.cell("p.xlsx", "权责清单", 9, 0);
    Element none = Element.missing(at, true);
    return new PowerRecord(at, none, Element.written("行政确认", at.atColumn(2)), Element.written("收养登记", at.atColumn(3)),
        none, Element.written(basis, at.atColumn(5)), Element.written("清溪县民政局", at.atColumn(6)), none, none, none,
        none, none);
  }

  private static ServiceRecord service(String basis) {
    Location at = Location.cell("s.csv", null, 7, 0);
    Element none = Element.missing(at, true);
    return new ServiceRecord(at, Element.written("职业技能培训补贴申领", at.atColumn(1)), none, none,
        Element.written(basis, at.atColumn(3)), Element.written("5个工作日", at.atColumn(4)),
        Element.written("清溪县人力资源和社会保障局", at.atColumn(5)), none, none, none, none, none);
  }

  @Test
  void powerAndServiceRowsGetTheSameBasisChecks() {
    for (Supplier<Rule> r : ALL_BASIS) {
      assertTrue(r.get().info().targets().containsAll(Set.of(Target.CATALOG_ITEM, Target.POWER, Target.SERVICE)));
    }
    assertEquals(List.of("basis-replaced F9 《中华人民共和国民法典》第十五条"),
        rulesOn(power("《中华人民共和国收养法》第十五条")));
    assertEquals(List.of(), rulesOn(power("《中华人民共和国民法典》第一千一百零五条")));
    assertEquals(List.of("basis-brackets D7 《最低生活保障审核确认办法》（民发〔2021〕57号）"),
        rulesOn(service("《最低生活保障审核确认办法》（民发[2021]57号）")));
    assertEquals(List.of("basis-short-title D7 《中华人民共和国政府信息公开条例》第三十三条"),
        rulesOn(service("《政府信息公开条例》第三十三条")));
    assertEquals(List.of(), rulesOn(service(
        "《国务院办公厅关于印发职业技能提升行动方案（2019—2021年）的通知》（国办发〔2019〕24号）")).stream()
        .filter(f -> !f.startsWith("basis-unknown-law")).toList(), "balanced titles with commas and dates inside");
  }

  @Test
  void numberNamesTheDocumentWhenTheTitleCarriesItsIssuers() {
    LawRegistry r = LawRegistry.shipped();
    Law guide = r.byNumber("国办发〔2019〕54号");
    assertEquals("gbf-2019-54-jczwgk-yijian", guide.id());
    assertEquals(guide, r.find("国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见", null));
    assertEquals(guide, r.find("关于全面推进基层政务公开标准化工作的指导意见", "国办发[2019]54号"));
    assertNull(r.numberConflict("国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见", "国办发〔2019〕54号"));
    assertEquals(guide, r.numberConflict("中华人民共和国政府信息公开条例", "国办发〔2019〕54号"));
    assertNull(r.byNumber("主席令第21号"), "主席令 numbers restart each term: they name no single law");
    assertTrue(item().basis("《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）")
        .check(BasisRule::shortTitle).isEmpty(), "issuers written out are not a short title");
  }

  @Test
  void registryTellsVersionsApartByNumber() {
    LawRegistry r = LawRegistry.shipped();
    assertTrue(r.size() >= 60);
    Law old = r.find("政府信息公开条例", "国务院令第492号");
    Law now = r.find("《中华人民共和国政府信息公开条例》", "国令第七百一十一号");
    assertEquals("replaced", old.status());
    assertTrue(now.isCurrent());
    assertEquals(now, r.replacement(old));
    assertEquals(now, r.find("中华人民共和国政府信息公开条例", null));
    assertNull(r.find("清溪县某某办法", null));
  }

  @Test
  void citationParts() {
    List<Citation> c = Citation.parse("【法律】《中华人民共和国食品安全法》（主席令第二十一号）第一百一十八条第一款；"
        + "《最低生活保障审核确认办法》（民发〔2021〕57号）");
    assertEquals(2, c.size());
    assertEquals("中华人民共和国食品安全法", c.get(0).title());
    assertEquals("主席令第二十一号", c.get(0).number());
    assertEquals("主席令第21号", Citation.normaliseNumber(c.get(0).number()));
    assertEquals("第一百一十八条第一款", c.get(0).article());
    assertEquals("法律", c.get(0).tag());
    assertEquals("民发〔2021〕57号", c.get(1).number());
    assertNull(c.get(1).article());
  }
}
