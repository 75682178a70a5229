package org.gkml.export;

import java.util.ArrayList;
import java.util.List;
import org.gkml.domain.ChannelVocabulary;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.model.Location;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;
import org.gkml.rules.Finding;

/**
 * One item as the export writers see it: plain texts of every element, in the catalog's order ({@code number} is the
 * 序号, from 1 within its field), with the place it was read from and the findings of {@code validate} on it (empty
 * when the export runs without checking). {@code channels} are the chosen channels as written (the template's name for
 * standard boxes and their known variants, others as written, in the order of the source); {@code audienceDetail} is a named 特定群体 (低保对象)
 * or empty.
 */
public record ExportItem(
    int number,
    String id,
    String topic,
    String item,
    String content,
    List<String> basis,
    String deadline,
    String owner,
    List<String> channels,
    List<String> audience,
    String audienceDetail,
    List<String> mode,
    List<String> levels,
    Location location,
    List<Finding> findings) {

  public static ExportItem of(int number, CatalogItem source, List<Finding> findings) {
    List<String> basis = new ArrayList<>();
    for (Element e : source.basis()) {
      if (e.isPresent()) {
        basis.add(e.text());
      }
    }
    List<String> channels = new ArrayList<>();
    for (ChannelMark m : source.channels().marks()) {
      if (m.chosen()) {
        String name = standardized(m.name());
        String entry = m.detail() == null || m.detail().isEmpty() ? name : name + "：" + m.detail();
        if (!channels.contains(entry)) {
          channels.add(entry);
        }
      }
    }
    String detail = "";
    for (Tick t : source.audience().ticks()) {
      if (t.detail() != null && !t.detail().isEmpty()) {
        detail = t.detail();
      }
    }
    return new ExportItem(number, source.id() == null ? "" : source.id(), source.topic().text(), source.item().text(),
        source.content().text(), List.copyOf(basis), source.deadline().text(), source.owner().text(),
        List.copyOf(channels), options(source.audience()), detail, options(source.mode()), options(source.levels()),
        source.location(), List.copyOf(findings));
  }

  /**
   * A standardized catalog ticks the template's box for a known variant (报刊 → 纸质媒体) and writes standard names
   * as the template spells them; names gkml does not know stay as written (they become extra boxes).
   */
  private static String standardized(String written) {
    ChannelVocabulary vocabulary = ChannelVocabulary.shipped();
    String standard = vocabulary.standardName(written);
    if (standard == null) {
      standard = vocabulary.variantOf(written);
    }
    return standard == null ? written : standard;
  }

  private static List<String> options(TickGroup group) {
    List<String> out = new ArrayList<>();
    for (Tick t : group.ticks()) {
      if (!out.contains(t.option())) {
        out.add(t.option());
      }
    }
    return List.copyOf(out);
  }
}
