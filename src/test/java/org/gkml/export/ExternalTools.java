package org.gkml.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real programs some export tests check the written files with (Chromium, the Data Package validator). Where one is
 * missing the test is skipped, unless GKML_REQUIRE_CLIENTS is set (as .ci/run does after .ci/needs/*.sh installed
 * them): then a missing program fails the test.
 */
final class ExternalTools {

  /** What a program printed and how it ended. */
  record Run(int exitCode, String stdout, String stderr) {}

  private ExternalTools() {}

  /** Skips the test (or fails it where clients are required) when {@code present} is false. */
  static void require(boolean present, String what) {
    String required = System.getenv("GKML_REQUIRE_CLIENTS");
    if (!present && required != null && !required.isEmpty() && !"0".equals(required)) {
      fail(what + " is missing, and GKML_REQUIRE_CLIENTS is set (.ci/needs/*.sh installs it)");
    }
    Assumptions.assumeTrue(present, what + " is not installed (.ci/needs/*.sh installs it)");
  }

  /** Runs a program with a time limit; output goes through files so a chatty program never blocks. */
  static Run run(List<String> command, Map<String, String> env, Path workDir, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close(); // no input
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      fail(command.get(0) + " did not finish in " + timeoutSeconds + " s; stderr:\n" + tail(err));
    }
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }

  private static String tail(Path f) throws IOException {
    String s = Files.readString(f, StandardCharsets.UTF_8);
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
