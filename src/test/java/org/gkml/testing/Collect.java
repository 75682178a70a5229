package org.gkml.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.model.CatalogItem;
import org.gkml.model.InputKind;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;
import org.gkml.read.InputException;
import org.gkml.read.RecordSink;
import org.gkml.read.TableSource;
import org.gkml.read.table.TableReader;

/** Reads a table file into lists, for tests. */
public final class Collect implements RecordSink {

  public final List<Record> records = new ArrayList<>();
  public final List<TableHeader> tables = new ArrayList<>();
  public final List<String> skipped = new ArrayList<>();

  @Override
  public void table(String sheet, TableHeader header) {
    tables.add(header);
  }

  @Override
  public void record(Record record) {
    records.add(record);
  }

  @Override
  public void sheetSkipped(String sheet, String reasonKey) {
    skipped.add(sheet + ":" + reasonKey);
  }

  public List<CatalogItem> items() {
    return records.stream().filter(CatalogItem.class::isInstance).map(CatalogItem.class::cast).toList();
  }

  public static Collect read(TableSource source, Path file, InputKind forced) throws InputException {
    Collect c = new Collect();
    source.read(file, new TableReader(file.getFileName().toString(), forced, c));
    return c;
  }
}
