package org.gkml.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files one writer produces in a run, each first written to a temporary file beside its target (the technique
 * of {@link org.gkml.write.AtomicOutput}) and moved into place only on {@link #commit()}; {@link #close()} without
 * commit removes the temporary files and leaves earlier output as it was. Targets are named relative to the output
 * directory and may lie in a subdirectory ({@code data/catalog-ywjy.csv}). A target that is one of the run's inputs
 * is refused always, one written twice in the run too, an existing one unless {@code force}: when it is created and
 * again, for all targets before any is moved, on commit. The refusals are {@link ExportException}s, which the
 * command reports.
 */
public final class OutputFiles implements Closeable {

  private final Path directory;
  private final boolean force;
  private final List<Path> inputs = new ArrayList<>();
  private final Map<Path, Path> pending = new LinkedHashMap<>(); // target → temporary file
  private final List<OutputStream> open = new ArrayList<>();
  private final List<Path> written = new ArrayList<>();

  /** The files of an export run: its directory, --force, and its inputs, which are never overwritten. */
  public OutputFiles(ExportOptions options) {
    this(options.directory(), options.force());
    protect(options.inputs());
  }

  public OutputFiles(Path directory, boolean force) {
    this.directory = directory.toAbsolutePath().normalize();
    this.force = force;
  }

  /** The run's inputs: a target that is one of them is refused always, even with --force. */
  public OutputFiles protect(List<Path> runInputs) {
    runInputs.forEach(p -> inputs.add(p.toAbsolutePath().normalize()));
    return this;
  }

  /** A new temporary file for the target {@code name} (relative to the directory), after checking the target. */
  public Path create(String name) throws IOException {
    Path target = target(name);
    check(target);
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    pending.put(target, tmp);
    readableByOthers(tmp, target);
    return tmp;
  }

  /** {@link #create} opened for writing; the stream is closed on commit or close at the latest. */
  public OutputStream open(String name) throws IOException {
    OutputStream out = Files.newOutputStream(create(name));
    open.add(out);
    return out;
  }

  /** Refuses the target {@code name} now, before anything is written for it, if {@link #create} would. */
  public void check(String name) throws IOException {
    check(target(name));
  }

  private Path target(String name) {
    return directory.resolve(name).normalize();
  }

  private void check(Path target) throws IOException {
    refuseInput(target);
    if (pending.containsKey(target)) {
      throw new ExportException("export.target-twice", target);
    }
    refuseExisting(target);
  }

  private void refuseExisting(Path target) {
    if (!force && Files.exists(target)) {
      throw new ExportException("export.target-exists", target);
    }
  }

  private void refuseInput(Path target) throws IOException {
    for (Path in : inputs) {
      if (in.equals(target) || Files.exists(target) && Files.exists(in) && Files.isSameFile(in, target)) {
        throw new ExportException("export.target-is-input", target);
      }
    }
  }

  /**
   * Temporary files are created readable by their owner only; a published catalog is meant to be read (by a web
   * server, by colleagues): the file gets the replaced file's permissions, or rw-r--r--.
   */
  private static void readableByOthers(Path tmp, Path target) throws IOException {
    try {
      Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the directory's defaults apply
    }
  }

  /** Closes the open streams, checks every target again, then moves each file into place (atomically if it can). */
  public void commit() throws IOException {
    for (OutputStream out : open) {
      out.close();
    }
    open.clear();
    for (Path target : pending.keySet()) {
      refuseInput(target);
      refuseExisting(target);
    }
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

  /** The targets moved into place by {@link #commit()}, in the order they were created. */
  public List<Path> written() {
    return List.copyOf(written);
  }

  /** Closes the open streams and removes the temporary files not committed. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (OutputStream out : open) {
      try {
        out.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
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

  /** A file name from a field code: {@code YWJY} → {@code ywjy}; anything but letters, digits, - and _ dropped. */
  static String slug(ExportField field) {
    String code = field.code() == null ? "" : field.code().toLowerCase(Locale.ROOT);
    String s = code.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "field" : s;
  }
}
