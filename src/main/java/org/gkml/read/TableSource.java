package org.gkml.read;

import java.nio.file.Path;

/** A spreadsheet or CSV reader: walks the file's sheets and rows, streaming. */
public interface TableSource {

  void read(Path file, SheetVisitor visitor) throws InputException;

  /** What the reader learned about the file that reports show (for CSV, the encoding). */
  default String encoding() {
    return null;
  }
}
