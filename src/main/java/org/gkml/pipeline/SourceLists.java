package org.gkml.pipeline;

import java.nio.file.Path;
import org.gkml.check.Inputs;
import org.gkml.model.InputKind;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.RecordSink;
import org.gkml.read.TableSource;
import org.gkml.read.csv.CsvTableSource;
import org.gkml.read.table.TableReader;
import org.gkml.read.xls.XlsTableSource;
import org.gkml.read.xlsx.XlsxTableSource;

/** Reads one 权责清单 or 公共服务事项清单 (.xlsx, .xls, .csv) into a sink, streaming, with the kind forced. */
public final class SourceLists {

  private SourceLists() {}

  public static void read(Path file, String display, InputKind kind, RecordSink sink) throws InputException {
    read(file, display, kind, sink, ReadLimits.DEFAULT);
  }

  public static void read(Path file, String display, InputKind kind, RecordSink sink, ReadLimits limits)
      throws InputException {
    Inputs.Format format = Inputs.formatOf(file);
    limits.checkFileSize(file);
    TableSource source = switch (format) {
      case XLSX -> new XlsxTableSource(limits);
      case XLS -> new XlsTableSource(limits);
      case CSV -> new CsvTableSource(limits);
      case YAML -> throw new InputException("build.input-yaml");
    };
    boolean[] table = {false};
    source.read(file, new TableReader(display, kind, new RecordSink() {
      @Override
      public void table(String sheet, org.gkml.model.TableHeader header) {
        table[0] = true;
        sink.table(sheet, header);
      }

      @Override
      public void record(org.gkml.model.Record record) {
        sink.record(record);
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {
        sink.sheetSkipped(sheet, reasonKey);
      }
    }));
    if (!table[0]) {
      throw new InputException("input.no-table");
    }
  }
}
