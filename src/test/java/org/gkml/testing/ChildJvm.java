package org.gkml.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs gkml in a JVM of its own with a small heap, for the tests that bound memory (never timed). */
public final class ChildJvm {

  /** What the child printed (stdout and stderr together) and its exit code. */
  public record Run(int exit, String log) {}

  private ChildJvm() {}

  /**
   * Runs {@code gkml args} under {@code -Xmx<heap>}, its output logged into {@code dir}; fails the test when it does
   * not finish within 10 minutes or runs out of memory.
   */
  public static Run gkml(Path dir, String heap, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        "org.gkml.Gkml"));
    command.addAll(List.of(args));
    Path logFile = dir.resolve("child.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    String log = Files.readString(logFile, StandardCharsets.UTF_8);
    assertFalse(log.contains("OutOfMemoryError"), log);
    assertTrue(done, "finished");
    return new Run(p.exitValue(), log);
  }
}
