package org.gkml.rules.required;

import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelList;
import org.gkml.model.ElementKind;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/** No 公开渠道和载体 chosen: the cell is blank, or every box is □. */
public final class ChannelNoneChosen extends Rule {

  private static final RuleInfo INFO =
      new RuleInfo("channel-none-chosen", Target.CATALOG_ITEM, ElementKind.CHANNEL, Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    ChannelList channels = item.channels();
    if (!channels.cell().columnPresent() || channels.chosenCount() > 0) {
      return;
    }
    if (channels.style() == ChannelList.Style.EMPTY) {
      out.reportVariant("empty", channels.cell(), null);
    } else {
      out.reportVariant("unticked", channels.cell(), null, channels.marks().size());
    }
  }
}
