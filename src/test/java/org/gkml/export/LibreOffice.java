package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless LibreOffice Calc ({@code soffice}, Debian's libreoffice-calc; .ci/needs/libreoffice.sh installs it). Tests
 * that need it skip when it is absent, unless GKML_REQUIRE_CLIENTS is set (CI), where its absence fails.
 */
final class LibreOffice {

  private LibreOffice() {}

  static Path soffice() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, "soffice");
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  static Path require() {
    Path p = soffice();
    if (p == null) {
      String required = System.getenv("GKML_REQUIRE_CLIENTS");
      if (required != null && !required.isEmpty()) {
        fail("soffice (LibreOffice) is required (GKML_REQUIRE_CLIENTS is set); run .ci/needs/libreoffice.sh");
      }
      Assumptions.assumeTrue(false, "soffice (LibreOffice) not installed; .ci/needs/libreoffice.sh installs it");
    }
    return p;
  }

  /**
   * Converts every sheet of a workbook to UTF-8 CSV ({@code <name>-<sheet>.csv} in {@code outDir}), with a fresh
   * user profile and a time limit; fails on a non-zero exit or when no CSV appears.
   */
  static List<Path> toCsv(Path workbook, Path outDir) throws Exception {
    Path soffice = require();
    Path profile = Files.createTempDirectory("gkml-lo-profile");
    try {
      Files.createDirectories(outDir);
      ProcessBuilder pb = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
          "-env:UserInstallation=" + profile.toUri(),
          "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir", outDir.toString(), workbook.toString());
      pb.redirectErrorStream(true);
      Path log = Files.createTempFile("gkml-lo", ".log");
      pb.redirectOutput(log.toFile());
      Process p = pb.start();
      if (!p.waitFor(240, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("soffice did not finish in 240 s converting " + workbook);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      assertEquals(0, p.exitValue(), output);
      assertTrue(!output.contains("Error"), output);
      String base = workbook.getFileName().toString().replaceAll("\\.xlsx$", "");
      try (Stream<Path> s = Files.list(outDir)) {
        List<Path> csv = s.filter(f -> f.getFileName().toString().startsWith(base + "-")).sorted().toList();
        assertTrue(!csv.isEmpty(), "no CSV from soffice: " + output);
        return csv;
      }
    } finally {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
