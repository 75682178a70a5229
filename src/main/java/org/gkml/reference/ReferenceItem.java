package org.gkml.reference;

import java.util.List;

/**
 * One reference item of a pilot field's national guideline (catalogs/standard-items/&lt;CODE&gt;.yaml): 一级/二级事项,
 * the elements the guideline gives, whether every county must carry it ({@code required}) and other names counties
 * use for it ({@code aliases}, 二级事项 names or 一级/二级 pairs). {@code line} is its line in the file (1-based).
 */
public record ReferenceItem(
    String topic,
    String item,
    String content,
    List<String> basis,
    String deadline,
    String ownerRole,
    List<String> channels,
    String audience,
    String mode,
    List<String> levels,
    boolean required,
    List<String> aliases,
    int line) {

  /** {@code 一级/二级}, or the one name a single-level item has. */
  public String label() {
    if (topic.isEmpty()) {
      return item;
    }
    return item.isEmpty() ? topic : topic + "/" + item;
  }
}
