package org.gkml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files one writer produces in a run, each first written to a temporary file beside its target (as
 * {@link org.gkml.write.AtomicOutput} does for a file written in one go) and moved into place only on
 * {@link #commit}. Without {@code force} an existing target is refused, before any is moved. {@link #discard}
 * removes the temporary files and leaves earlier output as it was.
 */
final class StagedFiles {

  private final boolean force;
  private final Map<Path, Path> staged = new TreeMap<>(); // target → temporary file
  private final List<OutputStream> open = new ArrayList<>();
  private final List<Path> committed = new ArrayList<>();

  private final List<Path> inputs = new ArrayList<>();

  StagedFiles(boolean force) {
    this.force = force;
  }

  /** The run's inputs: a target that is one of them is refused always, even with --force. */
  StagedFiles protect(List<Path> runInputs) {
    runInputs.forEach(p -> inputs.add(p.toAbsolutePath().normalize()));
    return this;
  }

  /** A new file for {@code target}; fails at once if the target exists and may not be replaced. */
  OutputStream create(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (staged.containsKey(abs)) {
      throw new FileAlreadyExistsException(abs.toString(), null, "written twice in one run");
    }
    refuseExisting(abs);
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    staged.put(abs, tmp);
    readableByOthers(tmp, abs);
    OutputStream out = Files.newOutputStream(tmp);
    open.add(out);
    return out;
  }

  /** Moves every finished file into place; each move is atomic where the file system allows it. */
  void commit() throws IOException {
    for (OutputStream out : open) {
      out.close();
    }
    open.clear();
    for (Path target : staged.keySet()) {
      refuseExisting(target);
    }
    for (Map.Entry<Path, Path> e : staged.entrySet()) {
      try {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException x) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
      committed.add(e.getKey());
    }
    staged.clear();
  }

  /** The files moved into place, in the order of their paths. */
  List<Path> committed() {
    return List.copyOf(committed);
  }

  /** Removes the temporary files not committed. */
  void discard() throws IOException {
    IOException first = null;
    for (OutputStream out : open) {
      try {
        out.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    for (Path tmp : staged.values()) {
      Files.deleteIfExists(tmp);
    }
    staged.clear();
    if (first != null) {
      throw first;
    }
  }

  /**
   * Temporary files are created readable by their owner only; a published catalog is meant to be read (by a web
   * server, by colleagues): the file gets the replaced file's permissions, or rw-r--r--.
   */
  private static void readableByOthers(Path tmp, Path target) throws IOException {
    try {
      Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
          : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the directory's defaults apply
    }
  }

  private void refuseExisting(Path target) throws IOException {
    for (Path in : inputs) {
      if (in.equals(target) || Files.exists(target) && Files.exists(in) && Files.isSameFile(in, target)) {
        throw new ExportException("export.target-is-input", target);
      }
    }
    if (!force && Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
  }

  /** A file name from a field code: {@code YWJY} → {@code ywjy}; anything but letters, digits, - and _ dropped. */
  static String slug(ExportField field) {
    String code = field.code() == null ? "" : field.code().toLowerCase(java.util.Locale.ROOT);
    String s = code.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "field" : s;
  }
}
