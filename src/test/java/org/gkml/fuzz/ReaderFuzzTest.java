package org.gkml.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.gkml.check.Checker;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.report.FindingText;
import org.gkml.rules.BuiltInRules;
import org.gkml.testing.RawWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of every reader through the Checker, as a user's file reaches it: whatever the bytes, the
 * result is items and findings, or one line saying why the file cannot be read (exit 2). An uncaught exception, an
 * internal error, a run over 10 s or an OutOfMemoryError is a finding.
 *
 * <p>In {@code mvn verify} each target replays its seeds and saved crashes from
 * {@code src/test/resources/org/gkml/fuzz/ReaderFuzzTestInputs/<target>/}; {@code src/bench/fuzz.sh} fuzzes for real
 * ({@code JAZZER_FUZZ=1}), one target per JVM.
 */
class ReaderFuzzTest {

  private static final Checker CHECKER = new Checker(null, BuiltInRules.ALL, Map.of());
  private static final Messages ZH = Messages.of("zh");
  private static Path dir;

  /** Any bytes as an .xlsx: mostly exercises the zip and package layers. */
  @FuzzTest
  @Timeout(10)
  void xlsx(byte[] data) {
    check(data, "input.xlsx");
  }

  /**
   * Bytes as the sheet XML of an otherwise valid workbook (stored, not deflated), so mutations reach the StAX sheet
   * reader, header detection and the table reader instead of dying on a zip checksum.
   */
  @FuzzTest
  @Timeout(10)
  void xlsxSheet(byte[] data) {
    check(workbookWithSheet(data), "sheet.xlsx");
  }

  @FuzzTest
  @Timeout(10)
  void xls(byte[] data) {
    check(data, "input.xls");
  }

  @FuzzTest
  @Timeout(10)
  void csv(byte[] data) {
    check(data, "input.csv");
  }

  @FuzzTest
  @Timeout(10)
  void yaml(byte[] data) {
    check(data, "input.yaml");
  }

  private static void check(byte[] data, String name) {
    Path file;
    try {
      file = dir().resolve(name);
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FileResult r = CHECKER.check(file, name);
    if (r.failed()) {
      if ("input.internal".equals(r.errorKey())) {
        throw new AssertionError("internal error reading " + name + ": " + FindingText.error(r, ZH), r.cause());
      }
      String message = FindingText.error(r, ZH);
      assertNotEquals(r.errorKey(), message, "the error has a text in the bundle");
      assertFalse(message.contains("\n") || message.contains("\r"), () -> "one line: " + message);
    } else {
      assertNotNull(r.kind(), "a readable file has a kind");
      assertTrue(r.items() >= 0);
    }
  }

  private static synchronized Path dir() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("gkml-fuzz");
    }
    return dir;
  }

  @AfterAll
  static void removeDir() throws IOException {
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      dir = null;
    }
  }

  /** A workbook whose only sheet holds {@code sheetXml}; entries are stored so the bytes stay as given. */
  static byte[] workbookWithSheet(byte[] sheetXml) {
    return RawWorkbook.withSheet(sheetXml);
  }
}
