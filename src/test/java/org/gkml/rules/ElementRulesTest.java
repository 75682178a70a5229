package org.gkml.rules;

import static org.gkml.rules.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.Location;
import org.gkml.model.PowerRecord;
import org.gkml.rules.channel.ChannelRule;
import org.gkml.rules.channel.TickRule;
import org.gkml.rules.name.NameRule;
import org.gkml.rules.name.PowerNameNorm;
import org.gkml.rules.owner.OwnerRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Owner, channel, tick and name/content rules: a firing case (with its fix) and a near miss each. */
class ElementRulesTest {

  private static RuleCase c(String id, Supplier<Rule> rule, RuleCase.Input firing, RuleCase.Input nearMiss,
      String fix) {
    return RuleCase.of(id, rule, firing, nearMiss, fix);
  }

  private static RuleOptions withBodies() {
    RuleOptions d = RuleOptions.defaults();
    return new RuleOptions(20, 7, d.ownPeriodLaws(), List.of(), List.of(), List.of(),
        Set.of("清溪县教育局", "清溪县民政局"), d.laws());
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        c("owner-vague", OwnerRule::vague, item().owner("相关部门"), item().owner("各义务教育学校"), null),
        c("owner-vague", OwnerRule::vague, item().owner("相关审批部门"), item().owner("清溪县行政审批局"), null),
        c("owner-vague", OwnerRule::vague, item().owner("清溪县民政局、有关单位"), item().owner("清溪县民政局；清溪县残疾人联合会"), null),
        c("owner-role", OwnerRule::role, item().owner("公安机关"), item().owner("清溪县公安局"), null),
        c("owner-role", OwnerRule::role, item().owner("县级人民政府民政部门"),
            item().owner("乡镇人民政府（街道办事处）").levels("乡级"), null),
        c("owner-shape", OwnerRule::shape, item().owner("分管副县长"),
            item().owner("清溪县人力资源和社会保障局（县公共就业服务中心）"), null),
        c("owner-level-mismatch", OwnerRule::levelMismatch, item().owner("清溪县民政局").levels("乡级"),
            item().owner("清溪县住房和城乡建设局").levels("县级"), null),
        c("owner-level-mismatch", OwnerRule::levelMismatch, item().owner("青石镇人民政府").levels("县级"),
            item().owner("青石镇人民政府").levels("乡级"), null),
        c("channel-variant", ChannelRule::variant, item().channels("政府网站", "行政服务中心"),
            item().channels("政府网站", "政务服务中心"), "政府网站、政务服务中心"),
        c("channel-variant", ChannelRule::variant, item().channels("纸质载体"), item().channels("纸质媒体"), "纸质媒体"),
        c("channel-unknown", ChannelRule::unknown, item().channels("政府网站", "微信群"),
            item().channels("政府网站", "12345政务服务热线", "一微一端"), "两微一端"),
        c("channel-other-unnamed", ChannelRule::otherUnnamed, item().channels("政府网站", "其他"),
            item().channels("政府网站", "其他：学校公示栏"), null),
        c("channel-glyph-variant", ChannelRule::glyphVariant,
            item().channelMarks("t政府网站 口政府公报", new ChannelMark("政府网站", true, 't', null),
                new ChannelMark("政府公报", false, '口', null)),
            item().channelMarks("■政府网站 □政府公报", new ChannelMark("政府网站", true, '■', null),
                new ChannelMark("政府公报", false, '□', null)),
            "■政府网站 □政府公报"),
        c("tick-as-text", TickRule::tickAsText, item().audience("全社会", true, null),
            item().audience("特定群体", true, "低保对象"), "√"),
        c("specific-group-public-channels", TickRule::specificGroupPublicChannels,
            item().audience("特定群体", false, "低保对象").channels("政府网站", "两微一端"),
            item().audience("特定群体", false, "低保对象").channels("政府网站", "精准推送"), null),
        c("name-punctuation", NameRule::punctuation, item().name("、招生政策；"), item().name("迁出、迁入登记"), "招生政策"),
        c("name-too-long", NameRule::tooLong,
            item().name("义务教育阶段学校招生入学政策文件、划片范围、招生计划、招生对象、报名条件、报名时间及地点、录取办法和咨询电话"),
            item().name("重点用能单位未按照规定报送能源利用状况报告的处罚"), null),
        c("name-placeholder", NameRule::placeholder, item().name("其他"), item().name("其他教育收费"), null),
        c("name-traditional", NameRule::traditional, item().name("招生政策（學區劃分）"), item().name("招生政策（学区划分）"),
            "招生政策（学区划分）"),
        c("name-width-mix", NameRule::widthMix, item().name("学生资助(义务教育阶段)"), item().name("学生资助（义务教育阶段）"),
            "学生资助（义务教育阶段）"),
        c("content-repeats-name", NameRule::contentRepeatsName, item().content("招生政策"),
            item().content("招生政策文件、划片范围"), null),
        c("content-dangling-deng", NameRule::contentDanglingDeng, item().content("相关政策等"),
            item().content("办理条件、办理流程、所需材料等"), null),
        c("owner-unknown", OwnerRule::unknown, item().owner("清溪县教育体育局"), item().owner("清溪县教育局 "), null)
            .with(withBodies()),
        c("power-name-norm", PowerNameNorm::new, TestRows.power().set("category", "行政处罚")
                .set("name", "未取得食品经营许可从事食品经营活动"),
            TestRows.power().set("category", "行政处罚").set("name", "对未取得食品经营许可从事食品经营活动的处罚"),
            "对未取得食品经营许可从事食品经营活动的处罚"),
        c("power-name-norm", PowerNameNorm::new, TestRows.power().set("category", "行政检查").set("name", "养老机构"),
            TestRows.power().set("category", "行政检查").set("name", "对养老机构的监督检查"), "对养老机构的检查"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesAndNearMissDoesNot(RuleCase c) {
    c.assertFiresAndNearMissDoesNot();
  }

  @Test
  void ownerRegistry() {
    RuleOptions d = RuleOptions.defaults();
    RuleOptions withBodies = new RuleOptions(20, 7, d.ownPeriodLaws(), List.of(), List.of(), List.of(),
        Set.of("清溪县教育局", "清溪县民政局"), d.laws());
    assertEquals(List.of(), item().owner("清溪县教育局").check(OwnerRule::unknown, withBodies));
    assertEquals(1, item().owner("清溪县教育体育局").check(OwnerRule::unknown, withBodies).size());
    assertEquals(List.of(), item().owner("清溪县教育体育局").check(OwnerRule::unknown), "no registry, no check");
  }

  @Test
  void configuredVagueOwnersAndExtraChannels() {
    RuleOptions d = RuleOptions.defaults();
    RuleOptions o = new RuleOptions(20, 7, d.ownPeriodLaws(), List.of(), List.of("业务股室"), List.of("清溪发布"), null,
        d.laws());
    assertEquals(1, item().owner("业务股室").check(OwnerRule::vague, o).size());
    assertEquals(List.of(), item().channels("清溪发布").check(ChannelRule::unknown, o));
    assertEquals(1, item().channels("清溪发布").check(ChannelRule::unknown).size());
  }

  @Test
  void tickAsTextReportsTheRightElement() {
    TestItems t = item().modeAsText("主动");
    List<Finding> found = t.check(TickRule::tickAsText);
    assertEquals(ElementKind.MODE, found.get(0).element());
  }

  private static PowerRecord power(String category, String name) {
    Location at = Location.cell("p.xlsx", "权责清单", 3, 0);
    Element none = Element.missing(at, true);
    return new PowerRecord(at, none, Element.written(category, at.atColumn(2)), Element.written(name, at.atColumn(3)),
        none, none, none, none, none, none, none, none);
  }

  @Test
  void powerNameNorm() {
    Validator v = new Validator(List.of(PowerNameNorm::new), java.util.Map.of());
    v.check(power("行政处罚", "未取得食品经营许可从事食品经营活动"));
    v.check(power("行政处罚", "对未取得食品经营许可从事食品经营活动的处罚"));
    v.check(power("处罚", "擅自举办募捐义演或者其他公益性演出的处罚"));
    v.check(power("行政检查", "对养老机构的监督检查"));
    v.check(power("行政检查", "养老机构"));
    v.check(power("行政许可", "固定资产投资项目核准"));
    List<Finding> found = v.findings();
    assertEquals(2, found.size(), found.toString());
    assertEquals("power-name-norm", found.get(0).rule());
    assertEquals("对未取得食品经营许可从事食品经营活动的处罚", found.get(0).fix());
    assertEquals("对养老机构的检查", found.get(1).fix());
  }
}
