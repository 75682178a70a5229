package org.gkml.model;

import java.util.List;

/**
 * One disclosure item of a catalog (公开事项), with its elements: 一级/二级事项 (topic/item, deeper levels
 * joined into the item name by the reader), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象,
 * 公开方式 and 公开层级. {@code id} is the YAML id where there is one.
 */
public record CatalogItem(
    String id,
    Location location,
    Element topic,
    Element item,
    Element content,
    List<Element> basis,
    Element deadline,
    Element owner,
    ChannelList channels,
    TickGroup audience,
    TickGroup mode,
    TickGroup levels)
    implements Record {

  @Override
  public String label() {
    String t = topic.text();
    String i = item.text();
    if (!t.isEmpty() && !i.isEmpty()) {
      return t + "/" + i;
    }
    return t.isEmpty() ? i : t;
  }

  /** The 公开依据 as one text (YAML lists are joined with line breaks). */
  public String basisText() {
    if (basis.size() == 1) {
      return basis.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (Element e : basis) {
      if (e.isPresent()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(e.text());
      }
    }
    return sb.toString();
  }
}
