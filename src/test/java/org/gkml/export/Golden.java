package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the export writers under src/test/resources/golden/export. Run the tests with
 * {@code -Dgkml.updateGolden=true} to write them anew from the current output, then review the diff.
 */
final class Golden {

  static final Path ROOT = Path.of("src/test/resources/golden/export");

  private Golden() {}

  /** Asserts that {@code actual} has exactly the bytes of the golden file {@code name} (or rewrites it). */
  static void assertMatches(String name, Path actual) throws IOException {
    Path golden = ROOT.resolve(name);
    if (Boolean.getBoolean("gkml.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.copy(actual, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertTrue(Files.exists(golden), "golden file missing: " + golden + " (run with -Dgkml.updateGolden=true)");
    byte[] want = Files.readAllBytes(golden);
    byte[] got = Files.readAllBytes(actual);
    if (!java.util.Arrays.equals(want, got)) {
      // Show the text difference, which says more than the bytes.
      org.junit.jupiter.api.Assertions.assertEquals(new String(want, java.nio.charset.StandardCharsets.UTF_8),
          new String(got, java.nio.charset.StandardCharsets.UTF_8), "differs from " + golden);
    }
    assertArrayEquals(want, got, "differs from " + golden);
  }
}
