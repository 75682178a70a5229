package org.gkml.rules.channel;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import org.gkml.domain.ChannelVocabulary;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelList;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.text.TextMemo;

/** The 公开渠道和载体 rules, one table entry each, checked against catalogs/channels.yaml. */
public final class ChannelRule extends Rule {

  private enum Check { VARIANT, UNKNOWN, OTHER_UNNAMED, GLYPH_VARIANT }

  private final RuleInfo info;
  private final Check check;
  private ChannelVocabulary vocabulary = ChannelVocabulary.shipped();

  private ChannelRule(String id, Severity severity, Check check) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, ElementKind.CHANNEL, severity);
    this.check = check;
  }

  public static ChannelRule variant() {
    return new ChannelRule("channel-variant", Severity.WARNING, Check.VARIANT);
  }

  public static ChannelRule unknown() {
    return new ChannelRule("channel-unknown", Severity.WARNING, Check.UNKNOWN);
  }

  public static ChannelRule otherUnnamed() {
    return new ChannelRule("channel-other-unnamed", Severity.WARNING, Check.OTHER_UNNAMED);
  }

  public static ChannelRule glyphVariant() {
    return new ChannelRule("channel-glyph-variant", Severity.INFO, Check.GLYPH_VARIANT);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void configure(RuleOptions options) {
    vocabulary = ChannelVocabulary.shipped().withExtras(options.extraChannels());
  }

  // Compiled once: they run for every item.
  private static final java.util.regex.Pattern INNER_BLANK = java.util.regex.Pattern.compile(".*\\S\\s+\\S.*");
  private static final java.util.regex.Pattern WIDE_BLANK = java.util.regex.Pattern.compile(".*(\\s{2,}|\u3000|\t).*");

  @Override
  public void check(CatalogItem item, Findings out) {
    ChannelList list = item.channels();
    if (list.marks().isEmpty()) {
      return;
    }
    String cell = list.cell().text();
    switch (check) {
      case VARIANT -> {
        if (allStandard(list.marks())) {
          return;
        }
        for (ChannelMark m : list.marks()) {
          Name n = name(m.name());
          String standard = n.variantOf();
          if (standard != null && n.standard() == null) {
            // A YAML list keeps one element per channel; the cell is the first, so name the variant itself there.
            boolean inCell = cell.contains(m.name());
            Element at = inCell ? list.cell() : new Element(m.name(), list.cell().location(), list.cell().origin(), true);
            out.reportWithFix(at, inCell ? cell.replace(m.name(), standard) : standard, true, m.name(), standard);
          }
        }
      }
      case UNKNOWN -> {
        if (allStandard(list.marks())) {
          return;
        }
        for (ChannelMark m : list.marks()) {
          if (known(m.name())) {
            continue;
          }
          String nearest = vocabulary.nearest(m.name());
          out.reportWithFix(list.cell(), nearest, false, m.name(), nearest == null ? "—" : nearest);
        }
      }
      case OTHER_UNNAMED -> {
        for (ChannelMark m : list.marks()) {
          if (m.chosen() && m.name().equals("其他") && (m.detail() == null || m.detail().isBlank())) {
            out.report(list.cell());
          }
        }
      }
      case GLYPH_VARIANT -> {
        if (list.style() != ChannelList.Style.GLYPHS) {
          return;
        }
        boolean odd = false;
        for (ChannelMark m : list.marks()) {
          odd |= m.glyph() != '■' && m.glyph() != '□';
        }
        boolean mixed = oddBlanks.get(cell, ChannelRule::hasOddBlanks);
        if (odd || mixed) {
          out.reportWithFix(list.cell(), normalised(list), true, glyphs(list));
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /**
   * The marks of the last channel cell whose names were all standard: for VARIANT and UNKNOWN, which only look at
   * the names, a row with the same (shared) marks has nothing to report.
   */
  private List<ChannelMark> namesAllStandard;

  private boolean allStandard(List<ChannelMark> marks) {
    if (marks == namesAllStandard) {
      return true; // the same channel cell as a row before (marks are shared per distinct text)
    }
    for (ChannelMark m : marks) {
      if (name(m.name()).standard() == null) {
        return false;
      }
    }
    namesAllStandard = marks;
    return true;
  }

  private boolean known(String name) {
    Name n = name(name);
    return n.standard() != null || n.extra() || n.variantOf() != null;
  }

  /** How the vocabulary classes a written channel name; looked up once per distinct name. */
  private record Name(String standard, boolean extra, String variantOf) {}

  private final TextMemo<Name> names = new TextMemo<>(1024);

  private Name name(String written) {
    return names.get(written, classify);
  }

  /** Made once: a lambda at the call would be a new object on every row. */
  private final Function<String, Name> classify = this::classify;

  private Name classify(String w) {
    return new Name(vocabulary.standardName(w), vocabulary.isExtra(w), vocabulary.variantOf(w));
  }

  /** Several blanks, a tab or an ideographic space inside the cell, or blanks between names on several lines. */
  private final TextMemo<Boolean> oddBlanks = new TextMemo<>(1024);

  private static boolean hasOddBlanks(String cell) {
    return cell.contains("\n") && INNER_BLANK.matcher(cell.replace("\n", "")).matches()
        || WIDE_BLANK.matcher(cell).matches();
  }

  /** ■/□ before each name, one space between boxes, 其他 with its text after a colon. */
  static String normalised(ChannelList list) {
    List<String> parts = new ArrayList<>();
    for (ChannelMark m : list.marks()) {
      String name = m.name().equals("其他") && m.detail() != null ? "其他：" + m.detail() : m.name();
      parts.add((m.chosen() ? "■" : "□") + name);
    }
    return String.join(" ", parts);
  }

  private static String glyphs(ChannelList list) {
    StringBuilder sb = new StringBuilder();
    for (ChannelMark m : list.marks()) {
      String g = String.valueOf(m.glyph());
      if (m.glyph() != '■' && m.glyph() != '□' && sb.indexOf(g) < 0) {
        sb.append(sb.length() == 0 ? "" : " ").append(g);
      }
    }
    return sb.length() == 0 ? "—" : sb.toString();
  }
}
