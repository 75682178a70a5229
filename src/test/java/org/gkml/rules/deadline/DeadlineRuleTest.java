package org.gkml.rules.deadline;

import static org.gkml.rules.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.gkml.rules.Finding;
import org.gkml.rules.RuleCase;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.TestItems;
import org.gkml.rules.TestRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each 公开时限 rule: a case that fires (with its fix) and a near miss that must not. */
class DeadlineRuleTest {

  static Stream<RuleCase> cases() {
    return Stream.of(
        RuleCase.of("deadline-vague", DeadlineRule::vague,
            item().deadline("及时公开"), item().deadline("信息形成或者变更之日起20个工作日内及时公开"),
            DeadlineRule.STATUTORY),
        RuleCase.of("deadline-vague", DeadlineRule::vague,
            item().deadline("信息公开规定"), item().deadline("实时公开"), DeadlineRule.STATUTORY),
        RuleCase.of("deadline-vague", DeadlineRule::vague,
            item().deadline("重大决策作出后及时公开"), item().deadline("随采购公告、采购文件公开"), DeadlineRule.STATUTORY),
        RuleCase.of("deadline-frequency-only", DeadlineRule::frequencyOnly,
            item().deadline("半年至少更新1次"), item().deadline("信息形成或者变更之日起20个工作日内，每半年至少更新1次"),
            DeadlineRule.STATUTORY),
        RuleCase.of("deadline-over-statutory", DeadlineRule::overStatutory,
            item().deadline("信息形成或者变更之日起30个工作日内"),
            item().deadline("信息形成或者变更之日起20个工作日内"), DeadlineRule.STATUTORY),
        RuleCase.of("deadline-over-statutory", DeadlineRule::overStatutory,
            item().deadline("信息形成后2个月内"),
            item().deadline("信息形成后2个月内").basis("《中华人民共和国预算法》第十四条"), DeadlineRule.STATUTORY),
        RuleCase.of("deadline-decision-over-7", DeadlineRule::decisionOver7,
            item().topic("行政处罚").name("行政处罚决定").deadline("信息形成或者变更之日起20个工作日内"),
            item().topic("行政处罚").name("行政处罚决定")
                .deadline("执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开"),
            "自作出行政决定之日起7个工作日内"),
        RuleCase.of("deadline-decision-over-7", DeadlineRule::decisionOver7,
            item().topic("行政许可").name("许可结果").deadline("10个工作日内"),
            item().topic("行政许可").name("办事指南").deadline("信息形成或者变更之日起20个工作日内"),
            "自作出行政决定之日起7个工作日内"),
        RuleCase.of("deadline-calendar-days", DeadlineRule::calendarDays,
            item().deadline("信息形成之日起20日内"), item().deadline("本级政府财政部门批复后20日内"), null),
        RuleCase.of("deadline-request-reply", DeadlineRule::requestReply,
            item().mode("依申请").deadline("信息形成或者变更之日起20个工作日内"),
            item().mode("依申请").deadline("自收到申请之日起20个工作日内"), DeadlineRule.REPLY),
        RuleCase.of("deadline-request-reply", DeadlineRule::requestReply,
            item().mode("依申请").deadline("20个工作日"),
            item().mode("主动").deadline("信息形成或者变更之日起20个工作日内"), DeadlineRule.REPLY),
        RuleCase.of("deadline-old-15-days", DeadlineRule::old15Days,
            item().mode("依申请").deadline("15个工作日"), item().mode("主动").deadline("15个工作日内公开"),
            DeadlineRule.REPLY),
        RuleCase.of("deadline-old-15-days", DeadlineRule::old15Days,
            item().deadline("收到申请之日起15个工作日内予以答复"),
            item().mode("依申请").deadline("自收到申请之日起20个工作日内"), DeadlineRule.REPLY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesAndNearMissDoesNot(RuleCase c) {
    c.assertFiresAndNearMissDoesNot();
    Finding f = c.run(c.firing()).get(0);
    assertEquals("deadline", f.element().jsonName());
    assertEquals(c.fix(), f.fix());
  }

  @Test
  void vagueServiceTimeLimit() {
    RuleCase c = RuleCase.of("deadline-vague", DeadlineRule::vague, TestRows.service().set("deadline", "及时办理"),
        TestRows.service().set("deadline", "按服务规范规定的时间节点提供"), null);
    c.assertFiresAndNearMissDoesNot();
    assertEquals(List.of(), c.run(TestRows.service().set("deadline", "即时办结")));
    assertEquals(List.of(), c.run(TestRows.service().set("deadline", "按学期发放")));
    assertEquals("deadline-vague.message.service", c.run(c.firing()).get(0).messageKey());
  }

  @Test
  void statutoryLimitIsConfigurable() {
    RuleOptions defaults = RuleOptions.defaults();
    RuleOptions strict = new RuleOptions(10, 7, defaults.ownPeriodLaws(), List.of(), List.of(), List.of(), null,
        defaults.laws());
    TestItems fifteen = item().deadline("信息形成或者变更之日起15个工作日内");
    assertEquals(List.of(), fifteen.check(DeadlineRule::overStatutory));
    assertEquals(1, fifteen.check(DeadlineRule::overStatutory, strict).size());
  }

  @Test
  void extraVagueWordsAreVague() {
    RuleOptions d = RuleOptions.defaults();
    RuleOptions extra = new RuleOptions(20, 7, d.ownPeriodLaws(), List.of("视情况"), List.of(), List.of(), null, d.laws());
    List<Finding> found = item().deadline("视情况公开").check(DeadlineRule::vague, extra);
    assertEquals(1, found.size());
    assertTrue(item().deadline("每年1月31日前").check(DeadlineRule::vague, extra).isEmpty());
  }
}
