package org.gkml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gkml.domain.Deadline.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real 公开时限 phrasings (DOMAIN §5, the example catalogs and more) with the structure they must read as. In
 * the table, {@code \n} stands for a line break inside the cell and {@code ·} for a blank; an empty amount, unit
 * or anchor column means none.
 */
class DeadlineParserTest {

  private final DeadlineParser parser = new DeadlineParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      信息形成或者变更之日起20个工作日内                       | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      信息形成或变更之日起20个工作日内                         | AFTER_FORMATION | 20 | WORKDAY | 信息形成或变更
      信息形成或变更20个工作日内                               | AFTER_FORMATION | 20 | WORKDAY | 信息形成或变更
      自信息形成或者变更之日起20个工作日内予以公开             | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      自信息形\\n成或者变\\n更之日起\\n20个工作\\n日内予以\\n公开 | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      形成或者变更之日起20个工作日内予以公开                   | AFTER_FORMATION | 20 | WORKDAY | 形成或者变更
      自该信息形成或者变更之日起20个工作日内                   | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      自该政府信息形成或者变更之日起20个工作日内及时公开       | AFTER_FORMATION | 20 | WORKDAY | 政府信息形成或者变更
      公开事项信息形成或变更之日起20个工作日内公开             | AFTER_FORMATION | 20 | WORKDAY | 信息形成或变更
      自制作或获取该信息之日起20个工作日内公开                 | AFTER_FORMATION | 20 | WORKDAY | 制作或获取该信息
      信息形成之日起20个工作日内                               | AFTER_FORMATION | 20 | WORKDAY | 信息形成
      信息形成(变更)20个工作日内                               | AFTER_FORMATION | 20 | WORKDAY | 信息形成或变更
      信息形成（变更）20个工作日内                             | AFTER_FORMATION | 20 | WORKDAY | 信息形成或变更
      信息形成(变更)下发至本单位20个工作日内                   | AFTER_FORMATION | 20 | WORKDAY | 信息形成或变更下发至本单位
      信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。 | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      20个工作日                                               | AFTER_FORMATION | 20 | WORKDAY | -
      20工作日                                                 | AFTER_FORMATION | 20 | WORKDAY | -
      20个工·作日内                                            | AFTER_FORMATION | 20 | WORKDAY | -
      信息形成或者变更之日起二十个工作日内                     | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      信息形成或者变更之日起二十工作日内                       | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      信息形成或者变更之日起２０个工作日内                     | AFTER_FORMATION | 20 | WORKDAY | 信息形成或者变更
      制定或获取信息之日起10个工作日内                         | AFTER_FORMATION | 10 | WORKDAY | 制定或获取信息
      制定或获取信息之日起10个工作日内，公示7个工作日          | AFTER_FORMATION | 10 | WORKDAY | 制定或获取信息
      制·定·或·获·取·信·息之日起·10·个·工作日内                | AFTER_FORMATION | 10 | WORKDAY | 制定或获取信息
      制定或获取文件之日起10个工作日内                         | AFTER_FORMATION | 10 | WORKDAY | 制定或获取文件
      制定或获取扶持政策措施之日起10个工作日内                 | AFTER_FORMATION | 10 | WORKDAY | 制定或获取扶持政策措施
      信息形成或变更之日起3个工作日内                          | AFTER_FORMATION | 3  | WORKDAY | 信息形成或变更
      关联规范性文件公开3个工作日内                            | AFTER_EVENT     | 3  | WORKDAY | 关联规范性文件公开
      政策文件公开后3个工作日内                                | AFTER_EVENT     | 3  | WORKDAY | 政策文件公开
      信息形成(变更)3个工作日内，公示时间不少于7个工作日       | AFTER_FORMATION | 3  | WORKDAY | 信息形成或变更
      信息形成或变更之日起7个工作日内                          | AFTER_FORMATION | 7  | WORKDAY | 信息形成或变更
      信息形成之日起5个工作日内，公示不少于5个工作日           | AFTER_FORMATION | 5  | WORKDAY | 信息形成
      信息形成（变更）5个工作日内                              | AFTER_FORMATION | 5  | WORKDAY | 信息形成或变更
      15个工作日                                               | AFTER_FORMATION | 15 | WORKDAY | -
      15个工作日内公开                                         | AFTER_FORMATION | 15 | WORKDAY | -
      十五个工作日内                                           | AFTER_FORMATION | 15 | WORKDAY | -
      分配结果确定后20个工作日内                               | AFTER_APPROVAL  | 20 | WORKDAY | 分配结果确定
      本级人民代表大会或其常务委员会批准后20日内               | AFTER_APPROVAL  | 20 | DAY     | 本级人民代表大会或其常务委员会批准
      本级政府财政部门批复后20日内                             | AFTER_APPROVAL  | 20 | DAY     | 本级政府财政部门批复
      向社会公开征求意见期限一般不少于30日                     | DURATION        | 30 | DAY     | 向社会公开征求意见期限一般不少于
      征求意见期限不得少于30日                                 | DURATION        | 30 | DAY     | 征求意见期限不得少于
      公示7个工作日                                            | DURATION        | 7  | WORKDAY | 公示
      提前一周发通知邀请                                       | BEFORE_EVENT    | 1  | WEEK    | -
      执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开 | AFTER_DECISION | 7 | WORKDAY | 执法决定信息在决定作出
      信息形成20个工作日内；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示 | AFTER_FORMATION | 20 | WORKDAY | 信息形成
      自作出行政处罚决定之日起7个工作日内                      | AFTER_DECISION  | 7  | WORKDAY | 作出行政处罚决定
      行政许可决定作出之日起七个工作日内                       | AFTER_DECISION  | 7  | WORKDAY | 行政许可决定作出
      自收到申请之日起20个工作日内                             | REPLY           | 20 | WORKDAY | 收到申请
      收到申请之日起15个工作日内予以答复                       | REPLY           | 15 | WORKDAY | 收到申请
      自受理申请之日起20个工作日内答复                         | REPLY           | 20 | WORKDAY | 受理申请
      信息形成之日起20日内                                     | AFTER_FORMATION | 20 | DAY     | 信息形成
      信息形成后1个月内                                        | AFTER_FORMATION | 1  | MONTH   | 信息形成
      信息形成后两个月内                                       | AFTER_FORMATION | 2  | MONTH   | 信息形成
      信息形成或者变更之日起30个工作日内                       | AFTER_FORMATION | 30 | WORKDAY | 信息形成或者变更
      每年1月31日前                                            | RECURRING       | -  | -       | 每年1月31日前
      每年3月31日前公开上一年度报告                            | RECURRING       | -  | -       | 每年3月31日前公开上一年度报告
      每季度                                                   | RECURRING       | -  | -       | 每季度
      每季度公开一次                                           | FREQUENCY       | -  | -       | -
      按学期发放                                               | RECURRING       | -  | -       | 按学期发放
      半年至少更新1次                                          | FREQUENCY       | -  | -       | -
      半年至少更新一次                                         | FREQUENCY       | -  | -       | -
      实时公开                                                 | CONTINUOUS      | -  | -       | -
      实时                                                     | CONTINUOUS      | -  | -       | -
      永久公开                                                 | CONTINUOUS      | -  | -       | -
      长期                                                     | CONTINUOUS      | -  | -       | -
      长期，最新有效                                           | CONTINUOUS      | -  | -       | -
      任期内                                                   | CONTINUOUS      | -  | -       | -
      即时办结                                                 | CONTINUOUS      | -  | -       | -
      除处罚决定外其他内容：长期公开（动态调整）；处罚决定：20个工作日内 | CONTINUOUS | - | - | -
      同上                                                     | REFERENCE       | -  | -       | -
      同·上                                                    | REFERENCE       | -  | -       | -
      及时公开                                                 | VAGUE           | -  | -       | -
      及·时·公·开                                              | VAGUE           | -  | -       | -
      適時公開                                                 | VAGUE           | -  | -       | -
      按规定公开                                               | VAGUE           | -  | -       | -
      定期公开                                                 | VAGUE           | -  | -       | -
      按进展情况及时公开                                       | VAGUE           | -  | -       | 按进展情况
      重大决策作出后及时公开                                   | VAGUE           | -  | -       | 重大决策作出
      及时办理                                                 | VAGUE           | -  | -       | -
      随采购公告、采购文件公开                                 | SIMULTANEOUS    | -  | -       | 采购公告、采购文件
      与政策文件同步公开                                       | SIMULTANEOUS    | -  | -       | -
      信息公开规定                                             | OTHER           | -  | -       | -
      按国家免疫规划程序                                       | OTHER           | -  | -       | -
      """)
  void readsPhrasing(String written, Kind kind, Integer amount, Deadline.Unit unit, String anchor) {
    String text = written.replace("\\n", "\n").replace('·', ' ');
    Deadline d = parser.parse(text);
    assertEquals(kind, d.kind(), "kind");
    assertEquals(amount, d.amount(), "amount");
    assertEquals(unit, d.unit(), "unit");
    if (kind != Kind.SIMULTANEOUS || anchor != null) {
      assertEquals(anchor == null ? "" : anchor, d.anchor(), "anchor");
    }
  }

  @Test
  void compoundDeadlineKeepsEveryPart() {
    Deadline d = parser.parse("除处罚决定外其他内容：长期公开（动态调整）；处罚决定：20个工作日内");
    assertEquals(List.of(Kind.CONTINUOUS, Kind.AFTER_DECISION), d.parts().stream().map(Deadline::kind).toList());
    assertEquals(20, d.parts().get(1).amount());
    assertEquals("处罚决定", d.parts().get(1).anchor());

    Deadline e = parser.parse("执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开");
    assertEquals(2, e.parts().size());
    assertEquals(Kind.AFTER_FORMATION, e.parts().get(1).kind());
    assertEquals(20, e.parts().get(1).amount());
  }

  @Test
  void publicityPeriodIsAPartNotTheDeadline() {
    Deadline d = parser.parse("制定或获取信息之日起10个工作日内，公示7个工作日");
    assertEquals(Kind.DURATION, d.parts().get(1).kind());
    assertEquals(7, d.parts().get(1).amount());
  }

  @Test
  void extraVagueWordsFromConfiguration() {
    assertEquals(Kind.OTHER, parser.parse("视情况公开").kind());
    assertEquals(Kind.VAGUE, new DeadlineParser(List.of("视情况")).parse("视情况公开").kind());
  }

  @Test
  void chineseNumerals() {
    assertEquals(20, ChineseNumbers.parse("二十"));
    assertEquals(15, ChineseNumbers.parse("十五"));
    assertEquals(1105, ChineseNumbers.parse("一千一百零五"));
    assertEquals(2, ChineseNumbers.parse("两"));
    assertEquals(-1, ChineseNumbers.parse("条"));
  }
}
