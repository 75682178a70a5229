package org.gkml.read;

import java.util.List;

/**
 * Puts a {@link Relay} between parsing a big file and what is done with its rows, so that each runs on its own
 * core: a {@link SheetVisitor} whose calls reach another visitor on another thread, exactly the same calls in
 * exactly the same order. (A third stage, records to the rules on a thread of their own, measured no faster on two
 * cores: the compiler and the collector need the second core too.)
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
