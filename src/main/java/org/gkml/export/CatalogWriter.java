package org.gkml.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one export format for one run. The command calls, for every field in turn (each field once),
 * {@code beginField}, {@code item} for each of its items in order, {@code endField}; then {@code commit} once, which
 * moves every finished file into place (temporary files in the target directory, then an atomic move; see
 * {@link org.gkml.write.AtomicOutput}). {@code close} without {@code commit} (an error, an interrupted run) removes
 * the temporary files and leaves any earlier output untouched. Writers stream: memory must not grow with the number
 * of items (an HTML page or a sheet is written as the items come).
 */
public interface CatalogWriter extends Closeable {

  void beginField(ExportField field) throws IOException;

  void item(ExportItem item) throws IOException;

  void endField() throws IOException;

  void commit() throws IOException;

  /** The files {@link #commit()} moved into place, for the command's summary (empty before commit). */
  default List<Path> written() {
    return List.of();
  }
}
