package org.gkml.cli;

import org.gkml.read.ReadLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The read limits as options (src/docs/limits.md); every command that reads user files mixes them in. */
public final class LimitOptions {

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "1GB", converter = SizeConverter.class,
      description = "refuse input files larger than SIZE, e.g. 500MB, 1GB (default: ${DEFAULT-VALUE})")
  long maxFileSize;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "2000000",
      description = "refuse a spreadsheet or CSV with more than N non-empty rows (default: ${DEFAULT-VALUE})")
  long maxRows;

  @Option(names = "--max-cell-length", paramLabel = "N", defaultValue = "32767",
      description = "refuse a cell longer than N characters; Excel's own limit is 32767 (default: ${DEFAULT-VALUE})")
  int maxCellLength;

  @Option(names = "--min-inflate-ratio", paramLabel = "R", defaultValue = "0.005",
      description = "refuse an .xlsx whose parts inflate more than 1/R times (zip bomb); 0 turns the check off "
          + "(default: ${DEFAULT-VALUE}, i.e. 200x)")
  double minInflateRatio;

  @Option(names = "--max-yaml-code-points", paramLabel = "N", defaultValue = "67108864",
      description = "refuse a YAML file of more than N characters (default: ${DEFAULT-VALUE}, 64 Mi)")
  int maxYamlCodePoints;

  @Option(names = "--max-yaml-aliases", paramLabel = "N", defaultValue = "50",
      description = "refuse a YAML file using more than N aliases (*name) (default: ${DEFAULT-VALUE})")
  int maxYamlAliases;

  /** The limits given, or a usage error (exit 2) naming the bad value. */
  ReadLimits readLimits() {
    try {
      return new ReadLimits(maxFileSize, maxRows, maxCellLength, minInflateRatio, maxYamlCodePoints, maxYamlAliases);
    } catch (IllegalArgumentException e) {
      throw new GkmlCommand.UsageException(e.getMessage()
          + " (--max-file-size, --max-rows, --max-cell-length, --max-yaml-code-points: above 0; "
          + "--max-yaml-aliases: 0 or more; --min-inflate-ratio: from 0 to below 1)");
    }
  }

  /** 200MB, 1GB, 500KB, or a number of bytes. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return ReadLimits.parseSize(value);
    }
  }
}
