package org.gkml.read;

import java.util.List;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;

/**
 * Puts a {@link Relay} between parsing a big file and what is done with it, so that each runs on its own core:
 * either the rows ({@link #rows}: a {@link SheetVisitor} whose calls reach another visitor on another thread) or
 * the records assembled from them ({@link #records}: a {@link RecordSink} likewise), exactly the same calls in
 * exactly the same order. Which one depends on how long the parsing takes against the rest. (A third stage, rows
 * to records to the rules on three threads, measured no faster on two cores: the compiler and the collector need
 * the second core too.)
 */
public final class HandOff {

  private HandOff() {}

  private record Row(int number, String[] cells) {}

  private record SheetStart(String name, List<CellRange> merged) {}

  private static final Object SHEET_END = new Object();

  /** A visitor whose calls reach {@code target} on another thread; {@link Rows#finish()} when the file is read. */
  public static Rows rows(SheetVisitor target, String threadName) {
    return new Rows(new Relay<>(e -> {
      if (e instanceof Row r) {
        target.row(r.number(), r.cells());
      } else if (e instanceof SheetStart s) {
        target.startSheet(s.name(), s.merged());
      } else {
        target.endSheet();
      }
    }, threadName));
  }

  private record Table(String sheet, TableHeader header) {}

  private record Skipped(String sheet, String reasonKey) {}

  /**
   * A sink whose calls reach {@code target} on another thread, in the same order: the records are assembled on
   * the sending thread, the rules run on the other. {@link Records#finish()} when the file is read.
   */
  public static Records records(RecordSink target, String threadName) {
    return new Records(new Relay<>(e -> {
      if (e instanceof Record r) {
        target.record(r);
      } else if (e instanceof Table t) {
        target.table(t.sheet(), t.header());
      } else {
        Skipped s = (Skipped) e;
        target.sheetSkipped(s.sheet(), s.reasonKey());
      }
    }, threadName));
  }

  /** See {@link #records}. */
  public static final class Records implements RecordSink {
    private final Relay<Object> relay;

    private Records(Relay<Object> relay) {
      this.relay = relay;
    }

    @Override
    public void table(String sheet, TableHeader header) {
      relay.send(new Table(sheet, header));
    }

    @Override
    public void record(Record record) {
      relay.send(record);
    }

    @Override
    public void sheetSkipped(String sheet, String reasonKey) {
      relay.send(new Skipped(sheet, reasonKey));
    }

    /** Waits for the sink to see everything; rethrows what it threw. */
    public void finish() {
      relay.finish();
    }
  }

  /** See {@link #rows}. */
  public static final class Rows implements SheetVisitor {
    private final Relay<Object> relay;

    private Rows(Relay<Object> relay) {
      this.relay = relay;
    }

    @Override
    public void startSheet(String name, List<CellRange> merged) {
      relay.send(new SheetStart(name, merged));
    }

    @Override
    public void row(int rowNumber, String[] cells) {
      relay.send(new Row(rowNumber, cells));
    }

    @Override
    public void endSheet() {
      relay.send(SHEET_END);
    }

    /** Waits for the visitor to see everything; rethrows what it threw. */
    public void finish() {
      relay.finish();
    }
  }
}
