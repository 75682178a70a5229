package org.gkml.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.Version;
import org.gkml.testing.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code gkml coverage} of each bundled example against its field, kept as golden files (text in both languages and
 * JSON). Regenerate with {@code -Dgkml.updateGolden=true} and review the diff before committing.
 */
class CoverageGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/coverage");

  @ParameterizedTest
  @CsvSource({
    // example, field given or not, expected exit (1: required reference items missing)
    "examples/qingxi-ywjy-catalog.xlsx, 义务教育, ywjy, 1",
    "examples/qingxi-shjz-catalog.yaml, '', shjz, 0"
  })
  void exampleCoverageMatchesGolden(String example, String field, String name, int exit) throws IOException {
    String[] fieldArgs = field.isEmpty() ? new String[0] : new String[] {"--field", field};
    check(name + ".txt", run(exit, concat(new String[] {"coverage", example}, fieldArgs)));
    check(name + ".en.txt", run(exit, concat(new String[] {"coverage", example, "--lang", "en"}, fieldArgs)));
    check(name + ".json", run(exit, concat(new String[] {"coverage", example, "--format", "json"}, fieldArgs)));
  }

  private static String run(int exit, String... args) {
    Cli r = Cli.run(args);
    assertEquals(exit, r.exit(), r.err());
    assertTrue(r.err().isEmpty(), r.err());
    // The version changes with every release; the golden files must not.
    return r.out().replace("\"version\" : \"" + Version.VERSION + "\"", "\"version\" : \"VERSION\"");
  }

  private static void check(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("gkml.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
