package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gkml.Version;
import org.gkml.testing.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full {@code validate --format json} report of each file in examples/, kept in src/test/resources/golden/
 * (NAME.json): every finding, message, place and fix the examples' defects call for. Paths in the report are
 * relative (the CLI is run with examples/NAME) and the version is written as VERSION, so the files do not depend on
 * the machine or the release.
 *
 * <p>After a deliberate change, regenerate with {@code mvn -B -o test -Dtest=GoldenExamplesTest
 * -Dgkml.updateGolden=true} and review the diff before committing it.
 */
class GoldenExamplesTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static List<String> examples() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String report(String example) {
    Cli r = Cli.run("validate", "--format", "json", "--fail-on", "never", "examples/" + example);
    assertEquals(0, r.exit(), r.err());
    String json = r.out().replace("\"version\" : \"" + Version.VERSION + "\"", "\"version\" : \"VERSION\"");
    return json.replace("\r\n", "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportMatchesTheGoldenFile(String example) throws Exception {
    Path golden = GOLDEN.resolve(example + ".json");
    String actual = report(example);
    assertTrue(!actual.contains(Path.of("").toAbsolutePath().toString()), "no absolute paths in the report");
    if (Boolean.getBoolean("gkml.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + "; create it with -Dgkml.updateGolden=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "the report of examples/" + example + " changed; if that is intended, regenerate with -Dgkml.updateGolden=true "
            + "and review the diff");
  }
}
