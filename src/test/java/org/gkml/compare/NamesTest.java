package org.gkml.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The figures coverage-diff.md quotes for the similarity threshold. */
class NamesTest {

  @Test
  void normalizeIgnoresBlanksPunctuationWidthCaseAndTraditionalForms() {
    assertEquals("招生范围学区划分", Names.normalize(" 招生范围（学区 划分）"));
    assertEquals(Names.normalize("招生範圍"), Names.normalize("招生范围"));
    assertEquals("ABC1", Names.normalize("ａｂｃ－1"));
  }

  @Test
  void diceOverBigramsWithContainmentBoost() {
    assertEquals(0.33, Names.round(Names.similarity("招生政策", "招生计划")));
    assertEquals(0.88, Names.round(Names.similarity("教育法律", "教育法律法规")));
    assertEquals(0.75, Names.round(Names.similarity("资助政策", "义务教育学生资助政策")));
    assertEquals(0.94, Names.round(Names.similarity("事业发展主要情况", "教育事业发展主要情况")));
    assertEquals(1.0, Names.similarity("招生范围（学区划分）", "招生范围学区划分"));
    assertEquals(0.0, Names.similarity("财务信息", "校园安全"));
    assertTrue(Names.similarity("资助名单", "资助学生名单") < Names.SIMILAR);
  }

  @Test
  void anotherTopicLowersTheScore() {
    double same = Names.itemScore("最低生活保障", "政策法规文件", "最低生活保障", "政策法规文件");
    double other = Names.itemScore("临时救助", "政策法规文件", "最低生活保障", "政策法规文件");
    assertEquals(1.0, same);
    assertTrue(other < same && other >= 0.8, "score " + other);
  }
}
