package org.gkml.pipeline;

import java.util.List;
import java.util.Map;
import org.gkml.reference.PilotField;

/**
 * What a build derived: per input file the rows read, the catalogs (items per field, in field order), every matter
 * with its classification, the matters per field ({@code classified}), the 未归类 matters and the skipped rows.
 * Every row read is in exactly one matter's sources or among the {@code skippedRows} skipped rows, of which the
 * first {@code skipped} are kept with their place and reason.
 *
 * <p>The item and matter lists are views made from the builder's compact state when asked for (a county list gives
 * one matter per row): walking them is cheap, keeping what they return is the caller's choice.
 */
public record BuildResult(
    String region,
    List<FileStats> files,
    Map<PilotField, List<DisclosureItem>> catalogs,
    List<Matter> matters,
    List<Matter> unclassified,
    List<SkippedRow> skipped,
    Map<PilotField, List<Matter>> classified,
    int skippedRows) {

  public int rowsRead() {
    return files.stream().mapToInt(FileStats::rows).sum();
  }

  public int items() {
    return catalogs.values().stream().mapToInt(List::size).sum();
  }

  /** The rows the matters were gathered from, all together. */
  public static int rows(List<Matter> matters) {
    int n = 0;
    for (Matter m : matters) {
      n += m.sources().size();
    }
    return n;
  }
}
