package org.gkml.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gkml.check.Inputs;
import org.gkml.model.CatalogItem;
import org.gkml.model.InputKind;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.read.CellRange;
import org.gkml.read.InputException;
import org.gkml.read.RecordSink;
import org.gkml.read.SheetVisitor;
import org.gkml.read.TableSource;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.read.table.HeaderDetector;
import org.gkml.read.table.TableReader;
import org.gkml.read.xls.XlsTableSource;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.rules.Finding;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.rules.Validator;
import org.gkml.text.Texts;

/**
 * One export: reads the catalogs with the ordinary readers, groups their items by pilot field, and streams them
 * into one {@link CatalogWriter} per format.
 *
 * <p>First a survey reads every input once without keeping items: it refuses unreadable inputs and tables that are
 * not catalogs before anything is written, and tells each part's field (a YAML file's {@code field}, a sheet's name
 * or title row, the file name, or {@code --field}). Then each field is written in one go, its parts in input order:
 * an input is read once per field it holds (once, in the usual case of one field per file). Items are never held:
 * memory stays flat whatever the size of the catalog. With {@code check} the rules run on every item and its
 * findings travel with it.
 */
public final class ExportRun {

  /** What to export and how. {@code field} and {@code region} override what the inputs say (null: not given). */
  public record Settings(List<Path> inputs, List<ExportFormat> formats, ExportOptions options, String field,
      String region, boolean check, List<Supplier<Rule>> rules, Map<String, Severity> severities,
      RuleOptions ruleOptions) {}

  /** A table of one input that holds items of one field: a YAML file, a CSV file, or one sheet of a workbook. */
  public record Part(Path input, String display, String sheet, ExportField field, int items) {}

  /** What the run did: the parts read, the files written, the findings of {@code check}. */
  public record Result(List<Part> parts, List<Path> written, List<Finding> findings) {
    public long count(Severity s) {
      return findings.stream().filter(f -> f.severity() == s).count();
    }
  }

  private final Settings settings;
  private final PilotFields fields = PilotFields.builtIn();

  public ExportRun(Settings settings) {
    this.settings = settings;
  }

  /** Runs the export. An {@link InputException} names an unreadable input ({@link #failedInput()}). */
  public Result run() throws IOException, InputException {
    List<Part> parts = new ArrayList<>();
    for (Path input : settings.inputs()) {
      failedInput = input;
      parts.addAll(survey(input));
    }
    failedInput = null;
    Map<String, List<Part>> byField = new LinkedHashMap<>();
    for (Part p : parts) {
      byField.computeIfAbsent(p.field().code(), k -> new ArrayList<>()).add(p);
    }
    List<CatalogWriter> writers = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    try {
      for (ExportFormat f : settings.formats()) {
        writers.add(f.open(settings.options()));
      }
      for (List<Part> group : byField.values()) {
        ExportField field = group.get(0).field();
        for (CatalogWriter w : writers) {
          w.beginField(field);
        }
        int[] number = {0};
        List<Path> inputs = group.stream().map(Part::input).distinct().toList();
        for (Path input : inputs) {
          List<String> sheets = group.stream().filter(p -> p.input().equals(input)).map(Part::sheet).toList();
          failedInput = input;
          write(input, display(input), sheets, writers, number, findings);
        }
        failedInput = null;
        for (CatalogWriter w : writers) {
          w.endField();
        }
      }
      List<Path> written = new ArrayList<>();
      for (CatalogWriter w : writers) {
        w.commit();
        written.addAll(w.written());
      }
      return new Result(List.copyOf(parts), written, findings);
    } finally {
      IOException first = null;
      for (CatalogWriter w : writers) {
        try {
          w.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  private Path failedInput;

  /** The input whose reading failed, when {@link #run()} threw an {@link InputException}. */
  public Path failedInput() {
    return failedInput;
  }

  private static String display(Path input) {
    return input.toString();
  }

  // ---- survey ----------------------------------------------------------------------------------------------------

  /** The tables of one input, each with its field; refuses an input without catalog items. */
  List<Part> survey(Path input) throws InputException {
    String display = display(input);
    Inputs.Format format = Inputs.formatOf(input);
    List<Part> parts = new ArrayList<>();
    if (format == Inputs.Format.YAML) {
      int[] items = {0};
      YamlCatalogReader.Meta meta = new YamlCatalogReader().read(input, display, new RecordSink() {
        @Override
        public void table(String sheet, TableHeader header) { }

        @Override
        public void record(Record record) {
          items[0]++;
        }

        @Override
        public void sheetSkipped(String sheet, String reasonKey) { }
      });
      PilotField f = fieldOf(display, null, meta.field(), List.of(), input);
      String region = settings.region() != null ? settings.region() : meta.region() != null ? meta.region() : "";
      parts.add(new Part(input, display, null, new ExportField(region, f.code(), f.name()), items[0]));
      return parts;
    }
    TitleSniffer sniffer = new TitleSniffer();
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, List<String>> titles = new LinkedHashMap<>();
    RecordSink sink = new RecordSink() {
      String current;

      @Override
      public void table(String sheet, TableHeader header) {
        if (header.kind() != InputKind.CATALOG) {
          throw new NotCatalog(sheet, header.kind());
        }
        current = sheet;
        counts.put(sheet, new int[] {0});
        titles.put(sheet, sniffer.titleRows(header.location().row()));
      }

      @Override
      public void record(Record record) {
        counts.get(current)[0]++;
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) { }
    };
    try {
      read(format, input, sniffer.wrap(new TableReader(display, null, sink)));
    } catch (NotCatalog e) {
      throw new ExportException("export.not-catalog", display + (e.sheet == null ? "" : "!" + e.sheet));
    }
    if (counts.isEmpty()) {
      throw new InputException("input.no-table");
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      String sheet = e.getKey();
      PilotField f = fieldOf(display, sheet, null, titles.get(sheet), input);
      String region = settings.region() != null ? settings.region() : regionIn(titles.get(sheet), f);
      parts.add(new Part(input, display, sheet, new ExportField(region, f.code(), f.name()), e.getValue()[0]));
    }
    return parts;
  }

  private static final class NotCatalog extends RuntimeException {
    final String sheet;

    NotCatalog(String sheet, InputKind kind) {
      super(String.valueOf(kind), null, false, false);
      this.sheet = sheet;
    }
  }

  /** The field of a part: --field, the YAML field, the sheet name, a title row, the file name, in that order. */
  PilotField fieldOf(String display, String sheet, String yamlField, List<String> titleRows, Path input) {
    if (settings.field() != null) {
      PilotField f = fields.find(settings.field());
      if (f == null) {
        throw new ExportException("export.field-unknown", settings.field());
      }
      return f;
    }
    if (yamlField != null && !yamlField.isBlank()) {
      PilotField f = fields.find(yamlField);
      if (f == null) {
        throw new ExportException("export.field-unknown-in", display, yamlField);
      }
      return f;
    }
    PilotField f = sheet == null ? null : fields.find(sheet);
    if (f == null) {
      f = mentioned(titleRows);
    }
    if (f == null) {
      String name = input.getFileName().toString();
      for (String token : name.replaceAll("\\.[^.]*$", "").split("[-_.\\s]+")) {
        if (token.length() >= 2 && (f = fields.find(token)) != null) {
          break;
        }
      }
    }
    if (f == null) {
      throw new ExportException("export.field-unknown-input", display + (sheet == null ? "" : "!" + sheet));
    }
    return f;
  }

  /** The field whose name or alias a title names (the longest such name wins: 社会救助 over 救助). */
  private PilotField mentioned(List<String> titleRows) {
    PilotField best = null;
    int bestLength = 1;
    for (String title : titleRows) {
      String t = Texts.toSimplified(Texts.compact(title));
      for (PilotField f : fields.all()) {
        List<String> names = new ArrayList<>(f.aliases());
        names.add(f.name());
        for (String n : names) {
          String k = Texts.compact(n);
          if (k.length() > bestLength && t.contains(k)) {
            best = f;
            bestLength = k.length();
          }
        }
      }
    }
    return best;
  }

  /** The region before the field's name in a title row (清溪县义务教育领域… → 清溪县), or empty. */
  private static String regionIn(List<String> titleRows, PilotField f) {
    for (String title : titleRows) {
      String t = Texts.compact(title);
      List<String> names = new ArrayList<>();
      names.add(f.name());
      names.addAll(f.aliases());
      for (String n : names) {
        int at = t.indexOf(Texts.compact(n));
        if (at > 0 && at <= 20 && t.contains("目录")) {
          return t.substring(0, at);
        }
      }
    }
    return "";
  }

  /** Keeps the first rows of each sheet, so that the title row above the header can be read. */
  private static final class TitleSniffer {
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();

    SheetVisitor wrap(SheetVisitor inner) {
      return new SheetVisitor() {
        @Override
        public void startSheet(String name, List<CellRange> merged) {
          rows.clear();
          numbers.clear();
          inner.startSheet(name, merged);
        }

        @Override
        public void row(int rowNumber, String[] cells) {
          if (rows.size() < HeaderDetector.SEARCH_ROWS) {
            rows.add(cells);
            numbers.add(rowNumber);
          }
          inner.row(rowNumber, cells);
        }

        @Override
        public void endSheet() {
          inner.endSheet();
        }
      };
    }

    /** The texts of the rows above the header row. */
    List<String> titleRows(int headerRow) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (numbers.get(i) >= headerRow) {
          break;
        }
        StringBuilder sb = new StringBuilder();
        for (String c : rows.get(i)) {
          if (c != null) {
            sb.append(c);
          }
        }
        out.add(sb.toString());
      }
      return out;
    }
  }

  // ---- writing ---------------------------------------------------------------------------------------------------

  /** A writer's failure, carried through the reader's sink. */
  private static final class WriteFailure extends RuntimeException {
    WriteFailure(IOException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private void write(Path input, String display, List<String> sheets, List<CatalogWriter> writers, int[] number,
      List<Finding> all) throws IOException, InputException {
    Validator validator = settings.check()
        ? new Validator(settings.rules(), settings.severities(), settings.ruleOptions()) : null;
    RecordSink sink = new RecordSink() {
      boolean active;

      @Override
      public void table(String sheet, TableHeader header) {
        active = sheets.contains(sheet);
        if (active && validator != null) {
          validator.check(header);
        }
      }

      @Override
      public void record(Record record) {
        if (!active || !(record instanceof CatalogItem item)) {
          return;
        }
        List<Finding> found = List.of();
        if (validator != null) {
          int before = validator.findings().size();
          validator.check(record);
          List<Finding> list = validator.findings();
          found = List.copyOf(list.subList(before, list.size()));
        }
        ExportItem e = ExportItem.of(++number[0], item, found);
        try {
          for (CatalogWriter w : writers) {
            w.item(e);
          }
        } catch (IOException x) {
          throw new WriteFailure(x);
        }
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) { }
    };
    try {
      Inputs.Format format = Inputs.formatOf(input);
      if (format == Inputs.Format.YAML) {
        new YamlCatalogReader().read(input, display, sink);
      } else {
        read(format, input, new TableReader(display, null, sink));
      }
    } catch (WriteFailure e) {
      throw (IOException) e.getCause();
    } catch (InputException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof WriteFailure w) {
          throw (IOException) w.getCause();
        }
        if (t instanceof ExportException x) {
          throw x;
        }
      }
      throw e;
    }
    if (validator != null) {
      all.addAll(validator.findings());
    }
  }

  private static void read(Inputs.Format format, Path input, SheetVisitor visitor) throws InputException {
    TableSource source = switch (format) {
      case XLSX -> new XlsxTableSource();
      case XLS -> encrypted(input) ? null : new XlsTableSource();
      case CSV -> new CsvTableSource();
      default -> throw new IllegalStateException(Objects.toString(format));
    };
    if (source == null) {
      throw new InputException("input.encrypted");
    }
    source.read(input, visitor);
  }

  private static boolean encrypted(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (Exception e) {
      return false;
    }
  }
}
