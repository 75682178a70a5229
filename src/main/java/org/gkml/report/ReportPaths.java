package org.gkml.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File paths as CI systems want them: relative to the current directory (the repository root in a CI job), with
 * forward slashes, so that the same file has the same name on every run and every machine.
 */
public final class ReportPaths {

  private ReportPaths() {}

  /** {@code catalogs/ywjy.yaml} for a file under the current directory; the path as given otherwise. */
  public static String relative(String path) {
    try {
      Path p = Path.of(path);
      Path cwd = Path.of("").toAbsolutePath();
      Path abs = p.toAbsolutePath().normalize();
      if (abs.startsWith(cwd)) {
        p = cwd.relativize(abs);
      } else {
        p = p.normalize();
      }
      return p.toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return path.replace('\\', '/');
    }
  }

  /** The relative path as a URI reference: non-ASCII characters and blanks percent-encoded, slashes kept. */
  public static String uri(String path) {
    String rel = relative(path);
    try {
      if (Path.of(rel).isAbsolute()) {
        return Path.of(rel).toUri().toASCIIString();
      }
      return new URI(null, null, rel, null).toASCIIString();
    } catch (URISyntaxException | InvalidPathException e) {
      return rel;
    }
  }
}
