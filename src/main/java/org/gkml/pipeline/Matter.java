package org.gkml.pipeline;

import java.util.List;

/**
 * One matter (事项) after merging: the same name and owner from the power list and the service list, or repeated
 * within one list, become one matter with all their rows. {@code field} is null for 未归类.
 */
public record Matter(
    String name,
    String owner,
    String category,
    List<SourceRow> sources,
    Classification classification,
    List<String> itemIds) {}
