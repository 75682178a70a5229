package org.gkml.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gkml.model.InputKind;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.read.HandOff;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.RecordSink;
import org.gkml.read.TableSource;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.read.table.TableReader;
import org.gkml.read.xls.XlsTableSource;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.rules.Validator;

/**
 * Checks one file: reads it with the right reader, streams each record through the rules, and returns its
 * result. A file that cannot be read becomes a result with an error, never an exception: the other files of the
 * run are still checked.
 */
public final class Checker {

  private final InputKind forcedKind;
  private final List<Supplier<Rule>> rules;
  private final Map<String, Severity> severities;
  private final RuleOptions options;
  private final ReadLimits limits;
  private int maxFindings = Integer.MAX_VALUE;
  private RunProgress progress = RunProgress.NONE;

  public Checker(InputKind forcedKind, List<Supplier<Rule>> rules, Map<String, Severity> severities) {
    this(forcedKind, rules, severities, RuleOptions.defaults());
  }

  public Checker(InputKind forcedKind, List<Supplier<Rule>> rules, Map<String, Severity> severities,
      RuleOptions options) {
    this(forcedKind, rules, severities, options, ReadLimits.DEFAULT);
  }

  public Checker(InputKind forcedKind, List<Supplier<Rule>> rules, Map<String, Severity> severities,
      RuleOptions options, ReadLimits limits) {
    this.forcedKind = forcedKind;
    this.rules = rules;
    this.severities = severities;
    this.options = options;
    this.limits = limits;
  }

  /** Keep at most {@code max} findings per file; the others are counted only, so the summary stays exact. */
  public Checker maxFindings(int max) {
    this.maxFindings = max;
    return this;
  }

  /** Counts rows read and findings into {@code p} as the files are read (for the progress line). */
  public Checker progress(RunProgress p) {
    this.progress = p;
    return this;
  }

  public FileResult check(Path file, String display) {
    FileResult result = new FileResult(display);
    Validator validator = new Validator(rules, severities, options).limitFindings(maxFindings);
    RecordSink sink = new RecordSink() {
      @Override
      public void table(String sheet, TableHeader header) {
        result.kind(header.kind());
        if (sheet != null) {
          result.sheets().add(sheet);
        }
        if (header.field() != null) {
          result.field(header.field());
        }
        validator.check(header);
      }

      @Override
      public void record(Record record) {
        result.countItem();
        long before = validator.total();
        validator.check(record);
        progress.add(1, validator.total() - before);
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {
        if (sheet != null) {
          result.skipped().add(new FileResult.Skipped(sheet, reasonKey));
        }
      }
    };
    try {
      Inputs.Format format = Inputs.formatOf(file);
      limits.checkFileSize(file);
      if (format == Inputs.Format.YAML) {
        new YamlCatalogReader(YamlCatalogReader.Limits.of(limits)).read(file, display, sink);
        result.kind(InputKind.CATALOG);
      } else {
        TableSource source = switch (format) {
          case XLSX -> new XlsxTableSource(limits);
          case XLS -> encryptedOoxml(file) ? null : new XlsTableSource(limits);
          case CSV -> new CsvTableSource(limits);
          default -> throw new IllegalStateException();
        };
        if (source == null) {
          throw new InputException("input.encrypted");
        }
        if (handOff(file)) {
          // A big file and a spare core: this thread parses, the other runs the rules.
          if (format == Inputs.Format.CSV) {
            // CSV is parsed from bytes fast enough that this thread also assembles the records: the other one
            // only runs the rules (1M-row catalog 3.5 -> 3.2 s, power list no slower). A workbook's XML takes
            // longer to parse, so there the other thread assembles too (1M-row catalog .xlsx 4.4 s, 4.8 s if not).
            HandOff.Records checking = HandOff.records(sink, "gkml-check " + display);
            try {
              source.read(file, new TableReader(display, forcedKind, checking));
            } finally {
              checking.finish();
            }
          } else {
            HandOff.Rows checking = HandOff.rows(new TableReader(display, forcedKind, sink), "gkml-check " + display);
            try {
              source.read(file, checking);
            } finally {
              checking.finish();
            }
          }
        } else {
          source.read(file, new TableReader(display, forcedKind, sink));
        }
        result.encoding(source.encoding());
        if (result.kind() == null) {
          throw new InputException("input.no-table");
        }
      }
      result.findings().addAll(validator.findings());
      for (Severity s : Severity.values()) {
        result.addDropped(s, validator.dropped(s));
      }
    } catch (InputException e) {
      result.fail(e.key(), e.place(), e.args());
      result.cause = e;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      result.fail("input.internal", null, e.getClass().getSimpleName() + ": " + e.getMessage());
      result.cause = e;
    }
    return result;
  }

  /** Files from this size on are parsed on one thread and checked on another, when there are two cores. */
  static final long HAND_OFF_BYTES = 4L << 20;

  /** Hand rows to a second thread: {@code Boolean} forces it on or off (tests); null decides by size and cores. */
  private Boolean handOff;

  /** Forces (true) or forbids (false) checking a table file's rows on a second thread; default: by size and cores. */
  public Checker handOff(boolean on) {
    this.handOff = on;
    return this;
  }

  private boolean handOff(Path file) {
    if (handOff != null) {
      return handOff;
    }
    try {
      return Runtime.getRuntime().availableProcessors() > 1 && Files.size(file) >= HAND_OFF_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  /** An encrypted .xlsx is an OLE2 file holding EncryptionInfo and EncryptedPackage streams. */
  private static boolean encryptedOoxml(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (Exception e) {
      return false;
    }
  }
}
