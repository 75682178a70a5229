package org.gkml.export;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What every writer of one export run is told: the output {@code directory}; {@code single} (one file for all
 * fields where the format allows it: one workbook with a sheet per field); {@code force} (replace existing files);
 * {@code encoding} for text formats that offer a choice (CSV: UTF-8 with BOM unless told otherwise); the
 * {@code inputs} of the run, which are never overwritten; {@code lang} (zh or en) for texts a format shows.
 */
public record ExportOptions(Path directory, boolean single, boolean force, Charset encoding, List<Path> inputs,
    String lang) {

  public ExportOptions {
    inputs = List.copyOf(inputs);
  }
}
