package org.gkml.read;

import org.gkml.model.Record;
import org.gkml.model.TableHeader;

/** Receives what a reader makes of a file: recognised tables, their records, and the sheets it skipped. */
public interface RecordSink {

  void table(String sheet, TableHeader header);

  void record(Record record);

  /** A sheet with no recognisable header, or empty: {@code reasonKey} names the reason in the messages bundle. */
  void sheetSkipped(String sheet, String reasonKey);
}
