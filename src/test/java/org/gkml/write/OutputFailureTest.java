package org.gkml.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gkml.testing.BigCatalog;
import org.gkml.testing.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target directory that cannot take the output: gkml says so in one line, exits 2, and leaves the previous file
 * as it was with nothing half-written beside it.
 */
class OutputFailureTest {

  @TempDir Path dir;

  static final byte[] PREVIOUS = "{\"previous\": true}\n".getBytes(StandardCharsets.UTF_8);
  static final String EXAMPLE = "examples/qingxi-ywjy-catalog.xlsx";

  static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Makes {@code d} read-only for this process: permissions for a normal user; for root, whom permissions do not
   * stop, the immutable attribute (chattr +i). Returns false when neither works here.
   */
  static boolean makeReadOnly(Path d) throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      return d.toFile().setWritable(false, false) && !Files.isWritable(d);
    }
    try {
      Process p = new ProcessBuilder("chattr", "+i", d.toString()).redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  static void makeWritable(Path d) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      new ProcessBuilder("chattr", "-i", d.toString()).start().waitFor(30, TimeUnit.SECONDS);
    } else {
      d.toFile().setWritable(true, false);
    }
  }

  @Test
  void aReadOnlyTargetDirectoryGivesExitTwoAndKeepsThePreviousReport() throws Exception {
    Path ro = Files.createDirectories(dir.resolve("ro"));
    Path report = Files.write(ro.resolve("report.json"), PREVIOUS);
    Assumptions.assumeTrue(makeReadOnly(ro), "no way to make a read-only directory here");
    try {
      Cli r = Cli.run("validate", "--format", "json", "-o", report.toString(), EXAMPLE);
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().startsWith("gkml: 无法写入 " + report.toAbsolutePath() + "：目录不可写"), r.err());
      assertTrue(r.err().contains("原有文件保持不变"), r.err());
      assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());

      Cli en = Cli.run("validate", "--lang", "en", "-o", report.toString(), EXAMPLE);
      assertEquals(2, en.exit(), en.err());
      assertTrue(en.err().contains("cannot write " + report.toAbsolutePath() + ": the directory is not writable"), en.err());

      Cli build = Cli.run("build", "--power", "examples/qingxi-power-list.xlsx", "-o", ro.toString());
      assertEquals(2, build.exit(), build.err());
      assertTrue(build.err().contains("无法写入") && build.err().contains("目录不可写"), build.err());

      assertArrayEquals(PREVIOUS, Files.readAllBytes(report));
      assertEquals(List.of("report.json"), names(ro), "nothing half-written beside it");
    } finally {
      makeWritable(ro);
    }
  }

  /**
   * A real full disk: a 256 KB tmpfs mounted in a private mount namespace ({@code unshare}, so nothing is mounted
   * on the machine and nothing is left if the test dies), holding a previous report; gkml writes a report of about
   * 1 MB into it.
   */
  @Test
  void aFullTargetDirectoryGivesExitTwoAndKeepsThePreviousReport() throws Exception {
    Assumptions.assumeTrue(works("unshare", "--mount", "--map-root-user", "true"), "no unshare (mount namespace) here");
    Path input = dir.resolve("big.xlsx");
    BigCatalog.write(input, 2000, 1);
    Path full = Files.createDirectories(dir.resolve("full"));
    Path err = dir.resolve("gkml.err");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = """
        mount -t tmpfs -o size=256k tmpfs "$1" || exit 99
        printf '%s' "$2" > "$1/report.json"
        "$3" -Xmx512m -cp "$4" org.gkml.Gkml validate --format json -o "$1/report.json" "$5" 2> "$6"
        echo "exit=$?"
        ls -A "$1"
        echo "---"
        cat "$1/report.json"
        """;
    Process p = new ProcessBuilder("unshare", "--mount", "--map-root-user", "sh", "-c", script, "sh", full.toString(),
        new String(PREVIOUS, StandardCharsets.UTF_8), java, System.getProperty("java.class.path"), input.toString(),
        err.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    Assumptions.assumeTrue(p.exitValue() != 99, "tmpfs cannot be mounted here: " + out);
    String message = Files.readString(err, StandardCharsets.UTF_8);
    assertTrue(out.startsWith("exit=2\n"), out + message);
    assertEquals("report.json", out.substring(7, out.indexOf("\n---")).strip(), "only the previous report: " + out);
    assertEquals(new String(PREVIOUS, StandardCharsets.UTF_8), out.substring(out.indexOf("---\n") + 4), out);
    assertTrue(message.startsWith("gkml: 无法写入 " + full.resolve("report.json") + "：磁盘空间不足"), message);
    assertEquals(1, message.strip().lines().count(), "one line: " + message);
  }

  /** Simulated, where no tmpfs can be had: the disk fills up half-way through the body. */
  @Test
  void aWriteThatFailsHalfWayLeavesTheTargetAsItWas() throws Exception {
    Path target = Files.write(dir.resolve("catalog.yaml"), PREVIOUS);
    AtomicOutput.Failed e = assertThrows(AtomicOutput.Failed.class, () -> AtomicOutput.write(target, true, false, out -> {
      out.write(new byte[64 * 1024]);
      throw new IOException("No space left on device");
    }));
    assertTrue(e.noSpace());
    assertEquals(target.toAbsolutePath(), e.target());
    assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
    assertEquals(List.of("catalog.yaml"), names(dir));
  }

  @Test
  void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws Exception {
    Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
    Path fresh = dir.resolve("fresh.txt");
    AtomicOutput.write(fresh, false, false, out -> out.write('x'));
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    Path kept = Files.write(dir.resolve("kept.txt"), PREVIOUS);
    Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    AtomicOutput.write(kept, true, false, out -> out.write('y'));
    assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }

  static boolean works(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
