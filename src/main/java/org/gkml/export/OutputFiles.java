package org.gkml.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one writer produces in the output directory: each is written to a temporary file next to its target
 * and moved into place on {@link #commit()} (the technique of {@link org.gkml.write.AtomicOutput}); {@link #close()}
 * without commit deletes the temporary files. A target that exists is refused unless {@code force}; a target that
 * is one of the run's inputs is refused always.
 */
public final class OutputFiles implements Closeable {

  private final ExportOptions options;
  private final Map<Path, Path> pending = new LinkedHashMap<>(); // target → temporary file
  private final List<Path> written = new ArrayList<>();

  public OutputFiles(ExportOptions options) {
    this.options = options;
  }

  /** A new temporary file for the target {@code fileName} in the output directory, after checking the target. */
  public Path create(String fileName) throws IOException {
    Path dir = options.directory().toAbsolutePath().normalize();
    Path target = dir.resolve(fileName).normalize();
    check(target);
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + fileName + ".", ".tmp");
    pending.put(target, tmp);
    readableByAll(tmp);
    return tmp;
  }

  /** Refuses a target that is an input, that this run already writes, or that exists (without --force). */
  public void check(Path target) throws IOException {
    for (Path input : options.inputs()) {
      Path in = input.toAbsolutePath().normalize();
      if (in.equals(target) || Files.exists(target) && Files.exists(in) && Files.isSameFile(in, target)) {
        throw new ExportException("export.target-is-input", target);
      }
    }
    if (pending.containsKey(target)) {
      throw new ExportException("export.target-twice", target);
    }
    if (Files.exists(target) && !options.force()) {
      throw new ExportException("export.target-exists", target);
    }
  }

  /** Temporary files are private (0600); published catalogs are not: rw-r--r-- where the file system has modes. */
  private static void readableByAll(Path tmp) throws IOException {
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions apply
    }
  }

  /** Moves every temporary file over its target. */
  public void commit() throws IOException {
    for (Map.Entry<Path, Path> e : pending.entrySet()) {
      try {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException x) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(e.getKey());
    }
    pending.clear();
  }

  /** The targets moved into place by {@link #commit()}. */
  public List<Path> written() {
    return List.copyOf(written);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Path tmp : pending.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    pending.clear();
    if (first != null) {
      throw first;
    }
  }
}
