package org.gkml.rules.channel;

import java.util.Set;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelList;
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
    if (onlyMassChannels(item.channels())) {
      Tick t = item.audience().ticks().get(0);
      out.report(t.cell(), t.detail() == null ? "特定群体" : t.detail());
    }
  }

  /** True when some channel is chosen and every chosen one reaches the public at large. */
  private static boolean onlyMassChannels(ChannelList channels) {
    boolean any = false;
    for (ChannelMark m : channels.marks()) {
      if (m.chosen()) {
        if (!MASS_CHANNELS.contains(m.name())) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static void text(TickGroup g, ElementKind kind, Findings out) {
    for (Tick t : g.ticks()) {
      if (t.asText() && t.detail() == null) {
        out.reportFor(kind, t.cell(), "√", true, t.cell().text(), t.option());
      }
    }
  }
}
