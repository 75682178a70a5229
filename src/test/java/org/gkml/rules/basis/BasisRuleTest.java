package org.gkml.rules.basis;

import static org.gkml.rules.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gkml.domain.Citation;
import org.gkml.domain.Law;
import org.gkml.domain.LawRegistry;
import org.gkml.rules.Finding;
import org.gkml.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each 公开依据 rule: a basis that fires (with its fix) and a near miss that must not. */
class BasisRuleTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("basis-no-citation", (Supplier<Rule>) BasisRule::noCitation, "相关法律法规",
            "中华人民共和国义务教育法", null),
        Arguments.of("basis-no-citation", (Supplier<Rule>) BasisRule::noCitation, "信息公开规定",
            "国办发〔2019〕54号", null),
        Arguments.of("basis-brackets", (Supplier<Rule>) BasisRule::brackets,
            "《最低生活保障审核确认办法》（民发[2021]57号）", "《最低生活保障审核确认办法》（民发〔2021〕57号）",
            "《最低生活保障审核确认办法》（民发〔2021〕57号）"),
        Arguments.of("basis-brackets", (Supplier<Rule>) BasisRule::brackets,
            "国发(2014)47号", "《社会救助暂行办法》（2014年2月21日国务院令第649号公布）", "国发〔2014〕47号"),
        Arguments.of("basis-brackets", (Supplier<Rule>) BasisRule::brackets,
            "民发〔2016 )115号", "民发〔2016〕115号", "民发〔2016〕115号"),
        Arguments.of("basis-brackets", (Supplier<Rule>) BasisRule::brackets,
            "国办发﹝2015﹞号、财社【2012】5号", "《〈关于全面推进政务公开工作的意见〉实施细则》", "国办发﹝2015﹞号、财社〔2012〕5号"),
        Arguments.of("basis-brackets", (Supplier<Rule>) BasisRule::brackets,
            "《中华人民共和国政府信息公开条例（国务院令第711号）", "《中华人民共和国政府信息公开条例》（国务院令第711号）",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
        Arguments.of("basis-brackets", (Supplier<Rule>) BasisRule::brackets,
            "<<中华人民共和国义务教育法>>第七条", "《中华人民共和国义务教育法》第七条", "《中华人民共和国义务教育法》第七条"),
        Arguments.of("basis-garbled-number", (Supplier<Rule>) BasisRule::garbledNumber,
            "国办发〔201744号", "国办发〔2017〕44号", "国办发〔2017〕44号"),
        Arguments.of("basis-garbled-number", (Supplier<Rule>) BasisRule::garbledNumber,
            "《中华人民共和国政府信息公开条例》(国令第711号) 号", "《中华人民共和国政府信息公开条例》(国令第711号)",
            "《中华人民共和国政府信息公开条例》(国令第711号)"),
        Arguments.of("basis-short-title", (Supplier<Rule>) BasisRule::shortTitle,
            "《政府信息公开条例》第二十条", "《中华人民共和国政府信息公开条例》第二十条",
            "《中华人民共和国政府信息公开条例》第二十条"),
        Arguments.of("basis-replaced", (Supplier<Rule>) BasisRule::replaced,
            "《中华人民共和国政府信息公开条例》（国务院令第492号）", "《中华人民共和国政府信息公开条例》（国务院令第711号）",
            "《中华人民共和国政府信息公开条例》（国务院令第711号）"),
        Arguments.of("basis-replaced", (Supplier<Rule>) BasisRule::replaced,
            "《中华人民共和国收养法》第十五条", "《中华人民共和国民法典》第一千一百零五条",
            "《中华人民共和国民法典》第十五条"),
        Arguments.of("basis-replaced", (Supplier<Rule>) BasisRule::replaced,
            "《最低生活保障审核审批办法（试行）》（民发〔2012〕220号）", "《最低生活保障审核确认办法》（民发〔2021〕57号）",
            null),
        Arguments.of("basis-unknown-law", (Supplier<Rule>) BasisRule::unknownLaw,
            "《清溪县义务教育管理暂行办法》", "《中华人民共和国义务教育法》", null));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void firesAndNearMissDoesNot(String id, Supplier<Rule> rule, String firing, String nearMiss, String fix) {
    List<Finding> found = item().basis(firing).check(rule);
    assertEquals(1, found.size(), "fires once: " + found);
    assertEquals(id, found.get(0).rule());
    if (fix != null) {
      assertEquals(fix, found.get(0).fix());
    }
    assertEquals(List.of(), item().basis(nearMiss).check(rule), "near miss");
  }

  @Test
  void replacedNamesTheReplacement() {
    Finding f = item().basis("《最低生活保障审核审批办法（试行）》（民发〔2012〕220号）").check(BasisRule::replaced).get(0);
    assertTrue(f.args()[1].toString().contains("最低生活保障审核确认办法"), f.args()[1].toString());
    assertTrue(f.fix().contains("民发〔2021〕57号"), f.fix());
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
