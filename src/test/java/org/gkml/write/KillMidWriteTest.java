package org.gkml.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gkml.testing.BigCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gkml killed (SIGKILL, no shutdown hook runs) while it writes its report leaves the previous report as it was, or
 * the complete new one, never a partial file at the target's name. What may remain is the hidden temporary file
 * {@code .report.json.<digits>.tmp} of the killed write (src/docs/limits.md says so). Each repetition kills the
 * child JVM at a random moment while that temporary file is being written.
 */
class KillMidWriteTest {

  @TempDir static Path shared;
  static final int ROWS = 2000;
  static Path input;
  static byte[] inputDigest;
  static byte[] previous;
  /** How long the report takes to write, measured once; kills fall at a random moment inside it. */
  static long writeMillis;
  static final AtomicInteger killedMidWrite = new AtomicInteger();
  static final Random random = new Random();
  static final Pattern TEMP = Pattern.compile("\\.report\\.json\\.\\d+\\.tmp");

  @BeforeAll
  static void bigInputAndItsWriteTime() throws Exception {
    input = shared.resolve("big.xlsx");
    // Every row has a defect, so the JSON report is large (several MB) and its write takes a while.
    BigCatalog.write(input, ROWS, 1);
    inputDigest = digest(input);
    previous = ("{\"tool\":{\"name\":\"gkml\",\"version\":\"previous\"},\"files\":[],\"findings\":[],"
        + "\"summary\":{\"files\":0,\"items\":0,\"errors\":0,\"warnings\":0,\"infos\":0}}\n").getBytes(StandardCharsets.UTF_8);
    Path out = Files.createDirectories(shared.resolve("measure"));
    Process p = start(out.resolve("report.json"));
    long begin = waitForTemp(p, out);
    while (p.isAlive() && !temps(out).isEmpty()) {
      Thread.sleep(1);
    }
    // How long the temporary file lived: from its creation to its move over the target.
    writeMillis = Math.max(2, (System.nanoTime() - begin) / 1_000_000);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the measuring run finished");
    assertEquals(1, p.exitValue(), "the big input has findings");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(ROWS, report.get("summary").get("items").asInt());
  }

  @RepeatedTest(20)
  void aKillDuringTheWriteLeavesThePreviousReportIntact() throws Exception {
    Path out = Files.createTempDirectory(shared, "run");
    Path target = out.resolve("report.json");
    Files.write(target, previous);
    Process p = start(target);
    waitForTemp(p, out);
    boolean alive = p.isAlive();
    if (alive) {
      Thread.sleep(random.nextInt((int) Math.min(Integer.MAX_VALUE, writeMillis * 4 / 5)));
      alive = p.isAlive() && temps(out).size() == 1;
      p.destroyForcibly();
    }
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    if (alive) {
      killedMidWrite.incrementAndGet();
    }

    byte[] now = Files.readAllBytes(target);
    if (!java.util.Arrays.equals(previous, now)) {
      // The kill came after the move: then the report must be the complete new one.
      JsonNode report = new ObjectMapper().readTree(now);
      assertEquals(ROWS, report.get("summary").get("items").asInt(), "a complete report, not a partial one");
    }
    for (Path f : list(out)) {
      String name = f.getFileName().toString();
      assertTrue(name.equals("report.json") || TEMP.matcher(name).matches(), "only the target and a hidden temp: " + name);
    }
    assertArrayEquals(inputDigest, digest(input), "the input is never touched");
  }

  @AfterAll
  static void mostKillsFellInsideTheWrite() {
    // A kill falls outside the write only when this write ends sooner than the measured one (a busy machine makes
    // them vary); most fall inside, and enough must for the test to mean something.
    System.out.println("KillMidWriteTest: " + killedMidWrite.get() + " of 20 kills during the write of " + writeMillis + " ms");
    assertTrue(killedMidWrite.get() >= 5, "kills during the write: " + killedMidWrite.get() + " of 20 (write "
        + writeMillis + " ms)");
  }

  static Process start(Path target) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), "org.gkml.Gkml",
        "validate", "--format", "json", "-o", target.toString(), input.toString()))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Waits until the report's temporary file appears (the write has begun) or the process ends; returns when. */
  static long waitForTemp(Process p, Path dir) throws Exception {
    while (p.isAlive() && temps(dir).isEmpty()) {
      Thread.sleep(1);
    }
    return System.nanoTime();
  }

  static List<Path> temps(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path f : list(dir)) {
      if (TEMP.matcher(f.getFileName().toString()).matches()) {
        out.add(f);
      }
    }
    return out;
  }

  static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  static byte[] digest(Path f) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
  }
}
