package org.gkml.rules;

import java.util.List;
import java.util.function.Supplier;
import org.gkml.rules.basis.BasisRule;
import org.gkml.rules.channel.ChannelRule;
import org.gkml.rules.channel.TickRule;
import org.gkml.rules.deadline.DeadlineRule;
import org.gkml.rules.name.NameRule;
import org.gkml.rules.name.PowerNameNorm;
import org.gkml.rules.owner.OwnerRule;
import org.gkml.rules.required.ChannelNoneChosen;
import org.gkml.rules.required.ColumnMissing;
import org.gkml.rules.required.DuplicateItem;
import org.gkml.rules.required.ElementMissing;
import org.gkml.rules.required.ListValueMissing;
import org.gkml.rules.required.NameMissing;
import org.gkml.rules.required.PowerCategoryUnknown;
import org.gkml.rules.required.SameAsAbove;
import org.gkml.rules.required.TickCount;

/** The registry: every rule gkml has, in the order reports list them. A test keeps it and the bundles in step. */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static final List<Supplier<Rule>> ALL = List.of(
      ColumnMissing::new,
      NameMissing::new,
      ElementMissing::content,
      ElementMissing::basis,
      ElementMissing::deadline,
      ElementMissing::owner,
      ChannelNoneChosen::new,
      TickCount::audience,
      TickCount::mode,
      TickCount::level,
      DuplicateItem::catalog,
      SameAsAbove::new,
      ListValueMissing::powerName,
      ListValueMissing::powerCategory,
      ListValueMissing::powerBasis,
      ListValueMissing::powerSubject,
      PowerCategoryUnknown::new,
      DuplicateItem::power,
      ListValueMissing::serviceName,
      ListValueMissing::serviceBasis,
      ListValueMissing::serviceDeadline,
      ListValueMissing::serviceSubject,
      // 公开时限
      DeadlineRule::vague,
      DeadlineRule::frequencyOnly,
      DeadlineRule::overStatutory,
      DeadlineRule::decisionOver7,
      DeadlineRule::calendarDays,
      DeadlineRule::requestReply,
      DeadlineRule::old15Days,
      // 公开依据
      BasisRule::noCitation,
      BasisRule::brackets,
      BasisRule::garbledNumber,
      BasisRule::shortTitle,
      BasisRule::replaced,
      BasisRule::numberMismatch,
      BasisRule::unknownLaw,
      // 公开主体
      OwnerRule::vague,
      OwnerRule::role,
      OwnerRule::shape,
      OwnerRule::levelMismatch,
      OwnerRule::unknown,
      // 公开渠道和载体
      ChannelRule::variant,
      ChannelRule::unknown,
      ChannelRule::otherUnnamed,
      ChannelRule::glyphVariant,
      // 公开对象、公开方式、公开层级
      TickRule::tickAsText,
      TickRule::specificGroupPublicChannels,
      // 公开事项名称、公开内容
      NameRule::punctuation,
      NameRule::tooLong,
      NameRule::placeholder,
      NameRule::traditional,
      NameRule::widthMix,
      NameRule::contentRepeatsName,
      NameRule::contentDanglingDeng,
      PowerNameNorm::new);

  /**
   * Findings {@code gkml lint} makes itself rather than a rule: a {@code # gkml-disable…} comment that suppressed
   * nothing. Listed here so that every report format can describe it like a rule.
   */
  public static final RuleInfo UNUSED_SUPPRESSION =
      new RuleInfo("unused-suppression", Target.TABLE, org.gkml.model.ElementKind.FILE, Severity.WARNING);

  /** Every rule a report may mention: the registry's rules, then lint's own. */
  public static List<RuleInfo> reportable() {
    List<RuleInfo> all = new java.util.ArrayList<>(infos());
    all.add(UNUSED_SUPPRESSION);
    return all;
  }

  /** One instance of each rule, for listing and explaining. */
  public static List<RuleInfo> infos() {
    return ALL.stream().map(s -> s.get().info()).toList();
  }
}
