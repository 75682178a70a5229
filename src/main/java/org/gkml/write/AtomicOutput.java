package org.gkml.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that nothing is ever half-written: the bytes go to a temporary file in the target's directory,
 * which is then moved over the target in one step. A crash leaves the old file as it was.
 */
public final class AtomicOutput {

  /**
   * A temporary file is created readable by its owner only; the file moved into place gets the permissions the
   * target had, or rw-r--r-- (what a new file gets under the usual umask) when it is new.
   */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /** Writing {@code target} failed (read-only or full directory, …); the target is as it was before. */
  public static final class Failed extends IOException {
    private final transient Path target;

    Failed(Path target, IOException cause) {
      super(target + ": " + cause.getMessage(), cause);
      this.target = target;
    }

    public Path target() {
      return target;
    }

    /** True when the directory cannot be written at all (read-only file system, no permission, immutable). */
    public boolean readOnly() {
      String m = String.valueOf(getCause().getMessage());
      return getCause() instanceof java.nio.file.AccessDeniedException || m.contains("Read-only file system")
          || m.contains("Operation not permitted") || m.contains("Permission denied");
    }

    /** True when the disk or the user's quota is full. */
    public boolean noSpace() {
      String m = String.valueOf(getCause().getMessage());
      return m.contains("No space left on device") || m.contains("Disk quota exceeded");
    }
  }

  /**
   * Writes {@code target} atomically. With {@code overwrite} false an existing target is an error; with
   * {@code backup} true an existing target is first kept as {@code <name>.bak}.
   */
  public static void write(Path target, boolean overwrite, boolean backup, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    if (!overwrite && Files.exists(abs)) {
      throw new FileAlreadyExistsException(abs.toString());
    }
    try {
      writeAtomically(abs, backup, body);
    } catch (Failed e) {
      throw e;
    } catch (IOException e) {
      throw new Failed(abs, e);
    }
  }

  private static void writeAtomically(Path abs, boolean backup, Body body) throws IOException {
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      keepPermissions(abs, tmp);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        body.write(Channels.newOutputStream(channel));
        // On disk before the move: after a power cut the target is the old file or the whole new one.
        channel.force(true);
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
