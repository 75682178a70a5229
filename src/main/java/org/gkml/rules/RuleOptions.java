package org.gkml.rules;

import java.util.List;
import java.util.Set;
import org.gkml.domain.LawRegistry;

/**
 * The options rules read, from {@code gkml.yaml} ({@code options:}) or the defaults. Immutable; one per run.
 *
 * @param statutoryWorkdays the longest 主动 disclosure period (条例 Art. 26: 20 working days)
 * @param decisionWorkdays the longest period for 行政许可/行政处罚 decisions (国办发〔2018〕118号: 7 working days)
 * @param ownPeriodLaws titles (or parts of titles) of laws that set a period of their own; citing one lifts the
 *     statutory limit
 * @param vagueDeadlineWords extra words that make a deadline vague
 * @param vagueOwners extra owner names that name no body
 * @param extraChannels extra channel names a county accepts as they are
 * @param bodies the county's bodies (公开主体 must be one of them), or null when no registry is configured
 * @param laws the law registry (shipped, plus configured extra laws)
 */
public record RuleOptions(
    int statutoryWorkdays,
    int decisionWorkdays,
    List<String> ownPeriodLaws,
    List<String> vagueDeadlineWords,
    List<String> vagueOwners,
    List<String> extraChannels,
    Set<String> bodies,
    LawRegistry laws) {

  public static final List<String> OWN_PERIOD_LAWS = List.of("预算法", "行政处罚法", "重大行政决策程序暂行条例",
      "行政许可法", "招标投标法", "政府采购法", "土地管理法", "国有土地上房屋征收与补偿条例");

  public static RuleOptions defaults() {
    return new RuleOptions(20, 7, OWN_PERIOD_LAWS, List.of(), List.of(), List.of(), null, LawRegistry.shipped());
  }
}
