package org.gkml.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gkml.check.Inputs;
import org.gkml.export.ExportItem;
import org.gkml.model.CatalogItem;
import org.gkml.model.InputKind;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.read.InputException;
import org.gkml.read.RecordSink;
import org.gkml.read.TableSource;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.read.table.TableReader;
import org.gkml.read.xls.XlsTableSource;
import org.gkml.read.xlsx.XlsxTableSource;
import org.gkml.read.yaml.YamlCatalogReader;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;

/**
 * Reads what the comparisons compare: a YAML catalog, a workbook in the national template (one field per sheet), or
 * a directory of them (every catalog file in it and below, in path order). An item's field is the YAML {@code field},
 * else the sheet's name, else a field named in the file name; fields are given by their national names.
 */
public final class CatalogInputs {

  /** A catalog input that cannot be read: which file, and the reader's reason. */
  public static final class Unreadable extends Exception {
    private final String file;
    private final InputException reason;

    Unreadable(String file, InputException reason) {
      super(file + ": " + reason.key());
      this.file = file;
      this.reason = reason;
    }

    public String file() {
      return file;
    }

    public InputException reason() {
      return reason;
    }
  }

  private final PilotFields fields;

  public CatalogInputs(PilotFields fields) {
    this.fields = fields;
  }

  public LoadedCatalog read(Path path, String display) throws Unreadable {
    List<String> names = new ArrayList<>();
    List<LoadedCatalog.Entry> items = new ArrayList<>();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(Files::isRegularFile).filter(CatalogInputs::isCatalogFile).sorted().toList();
      } catch (IOException e) {
        throw new Unreadable(display, new InputException("input.unreadable", null, e, String.valueOf(e.getMessage())));
      }
      for (Path f : files) {
        String shown = display.endsWith("/") ? display + path.relativize(f) : display + "/" + path.relativize(f);
        readFile(f, shown.replace('\\', '/'), names, items);
      }
    } else {
      readFile(path, display, names, items);
    }
    return new LoadedCatalog(display, List.copyOf(names), List.copyOf(items));
  }

  private static boolean isCatalogFile(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && !n.startsWith("~$")
        && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".xlsx") || n.endsWith(".xls"));
  }

  private void readFile(Path file, String display, List<String> names, List<LoadedCatalog.Entry> items)
      throws Unreadable {
    String fromFileName = fieldIn(file.getFileName().toString());
    String[] sheetField = {null};
    java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
    RecordSink sink = new RecordSink() {
      @Override
      public void table(String sheet, TableHeader header) {
        String f = header.field() != null ? national(header.field()) : null;
        if (f == null && sheet != null) {
          PilotField p = fields.find(sheet);
          f = p != null ? p.name() : fieldIn(sheet);
        }
        sheetField[0] = f != null ? f : (fromFileName != null ? fromFileName : "");
        if (!names.contains(sheetField[0])) {
          names.add(sheetField[0]);
        }
      }

      @Override
      public void record(Record record) {
        if (record instanceof CatalogItem c) {
          int number = numbers.merge(sheetField[0], 1, Integer::sum);
          items.add(new LoadedCatalog.Entry(sheetField[0], display, ExportItem.of(number, c, List.of())));
        }
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {}
    };
    try {
      Inputs.Format format = Inputs.formatOf(file);
      if (format == Inputs.Format.YAML) {
        int first = items.size();
        YamlCatalogReader.Meta meta = new YamlCatalogReader().read(file, display, sink);
        if (meta != null && meta.field() != null && !meta.field().isBlank()) {
          // `field:` may come after `items:`; the declared field holds for every item of the file.
          String f = national(meta.field());
          for (int i = first; i < items.size(); i++) {
            LoadedCatalog.Entry e = items.get(i);
            items.set(i, new LoadedCatalog.Entry(f, e.file(), e.item()));
          }
          if (!f.equals(sheetField[0]) && items.stream().noneMatch(e -> e.field().equals(sheetField[0]))) {
            names.remove(sheetField[0]);
          }
          if (!names.contains(f)) {
            names.add(f);
          }
        }
      } else {
        TableSource source = switch (format) {
          case XLSX -> new XlsxTableSource();
          case XLS -> encrypted(file) ? null : new XlsTableSource();
          default -> new CsvTableSource();
        };
        if (source == null) {
          throw new InputException("input.encrypted");
        }
        source.read(file, new TableReader(display, InputKind.CATALOG, sink));
        if (sheetField[0] == null) {
          throw new InputException("input.no-table");
        }
      }
    } catch (InputException e) {
      throw new Unreadable(display, e);
    } catch (RuntimeException e) {
      throw new Unreadable(display, new InputException("input.internal", null, e,
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private String national(String written) {
    PilotField p = fields.find(written);
    return p != null ? p.name() : written.strip();
  }

  /** The field whose name or alias the text contains (the longest such name), or null. */
  private String fieldIn(String text) {
    String best = null;
    int bestLength = 0;
    for (PilotField f : fields.all()) {
      List<String> candidates = new ArrayList<>(f.aliases());
      candidates.add(f.name());
      for (String c : candidates) {
        if (c.length() > bestLength && text.contains(c)) {
          best = f.name();
          bestLength = c.length();
        }
      }
    }
    return best;
  }

  private static boolean encrypted(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (Exception e) {
      return false;
    }
  }
}
