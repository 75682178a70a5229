package org.gkml.pipeline;

import java.util.List;

/**
 * One generated disclosure item, with every element of the catalog format and the source rows it comes from.
 * {@code category} is the mapping category that generated it (行政许可 … 公共服务).
 */
public record DisclosureItem(
    String id,
    String topic,
    String item,
    String content,
    List<String> basis,
    String deadline,
    String owner,
    List<String> channels,
    String audience,
    String mode,
    List<String> levels,
    String category,
    List<SourceRow> sources) {}
