package org.gkml.pipeline;

import java.util.List;
import java.util.Map;
import org.gkml.reference.PilotField;

/**
 * What a build derived: per input file the rows read, the catalogs (items per field, in field order), every matter
 * with its classification, the 未归类 matters and the skipped rows. Every row read is in exactly one matter's
 * sources or in {@code skipped}.
 */
public record BuildResult(
    String region,
    List<FileStats> files,
    Map<PilotField, List<DisclosureItem>> catalogs,
    List<Matter> matters,
    List<Matter> unclassified,
    List<SkippedRow> skipped) {

  public int rowsRead() {
    return files.stream().mapToInt(FileStats::rows).sum();
  }

  public int items() {
    return catalogs.values().stream().mapToInt(List::size).sum();
  }
}
