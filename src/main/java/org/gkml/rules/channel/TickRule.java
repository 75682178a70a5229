package org.gkml.rules.channel;

import java.util.List;
import java.util.Set;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelMark;
import org.gkml.model.ElementKind;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/** 公开对象, 公开方式 and 公开层级 beyond the tick count: words in tick columns, 特定群体 on mass channels. */
public final class TickRule extends Rule {

  /** Channels that reach everyone and no one in particular. */
  static final Set<String> MASS_CHANNELS = Set.of("政府网站", "政府公报", "两微一端", "政务新媒体", "广播电视", "纸质媒体",
      "发布会/听证会");

  private final RuleInfo info;
  private final boolean asText;

  private TickRule(String id, ElementKind kind, Severity severity, boolean asText) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, kind, severity);
    this.asText = asText;
  }

  public static TickRule tickAsText() {
    return new TickRule("tick-as-text", ElementKind.AUDIENCE, Severity.WARNING, true);
  }

  public static TickRule specificGroupPublicChannels() {
    return new TickRule("specific-group-public-channels", ElementKind.AUDIENCE, Severity.INFO, false);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    if (asText) {
      text(item.audience(), ElementKind.AUDIENCE, out);
      text(item.mode(), ElementKind.MODE, out);
      text(item.levels(), ElementKind.LEVEL, out);
      return;
    }
    if (!item.audience().has("特定群体") || item.audience().has("全社会")) {
      return;
    }
    List<ChannelMark> chosen = item.channels().chosen();
    if (!chosen.isEmpty() && chosen.stream().allMatch(m -> MASS_CHANNELS.contains(m.name()))) {
      Tick t = item.audience().ticks().get(0);
      out.report(t.cell(), t.detail() == null ? "特定群体" : t.detail());
    }
  }

  private static void text(TickGroup g, ElementKind kind, Findings out) {
    for (Tick t : g.ticks()) {
      if (t.asText() && t.detail() == null) {
        out.reportFor(kind, t.cell(), "√", true, t.cell().text(), t.option());
      }
    }
  }
}
