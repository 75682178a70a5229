package org.gkml.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that nothing is ever half-written: the bytes go to a temporary file in the target's directory,
 * which is then moved over the target in one step. A crash leaves the old file as it was.
 */
public final class AtomicOutput {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /**
   * Writes {@code target} atomically. With {@code overwrite} false an existing target is an error; with
   * {@code backup} true an existing target is first kept as {@code <name>.bak}.
   */
  public static void write(Path target, boolean overwrite, boolean backup, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    if (!overwrite && Files.exists(abs)) {
      throw new FileAlreadyExistsException(abs.toString());
    }
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.write(out);
      }
      if (backup && Files.exists(abs)) {
        Files.copy(abs, abs.resolveSibling(abs.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
