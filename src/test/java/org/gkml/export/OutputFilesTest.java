package org.gkml.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @Test
  void nestedTargetsAppearOnlyOnCommitAndNothingIsLeftWithoutIt(@TempDir Path dir) throws Exception {
    try (OutputFiles files = new OutputFiles(dir, false)) {
      try (OutputStream out = files.open("data/catalog-ywjy.csv")) {
        out.write("a".getBytes(StandardCharsets.UTF_8));
      }
      Files.writeString(files.create("datapackage.json"), "{}");
      assertFalse(Files.exists(dir.resolve("data/catalog-ywjy.csv")));
      files.commit();
      assertEquals(List.of(dir.resolve("data/catalog-ywjy.csv"), dir.resolve("datapackage.json")), files.written());
    }
    assertEquals("a", Files.readString(dir.resolve("data/catalog-ywjy.csv")));

    try (OutputFiles files = new OutputFiles(dir, true)) {
      files.open("data/catalog-ywjy.csv").write('b'); // left open: close must close it and remove the file
    }
    assertEquals("a", Files.readString(dir.resolve("data/catalog-ywjy.csv")));
    try (Stream<Path> left = Files.list(dir.resolve("data"))) {
      assertEquals(List.of(dir.resolve("data/catalog-ywjy.csv")), left.toList(), "no temporary file left");
    }
  }

  @Test
  void refusesInputsTargetsWrittenTwiceAndExistingTargetsWithoutForce(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("catalog-ywjy.csv"), "input");
    try (OutputFiles files = new OutputFiles(dir, true).protect(List.of(input))) {
      assertEquals("export.target-is-input", assertThrows(ExportException.class,
          () -> files.create("catalog-ywjy.csv")).key(), "even with --force");
      files.create("catalog-shjz.csv");
      assertEquals("export.target-twice", assertThrows(ExportException.class,
          () -> files.open("./catalog-shjz.csv")).key());
    }
    try (OutputFiles files = new OutputFiles(dir, false)) {
      assertEquals("export.target-exists", assertThrows(ExportException.class,
          () -> files.check("catalog-ywjy.csv")).key());
    }
    assertEquals("input", Files.readString(input));
  }

  @Test
  void aTargetThatAppearsBeforeCommitIsRefusedAndNoneIsMoved(@TempDir Path dir) throws Exception {
    try (OutputFiles files = new OutputFiles(dir, false)) {
      Files.writeString(files.create("a.csv"), "new a");
      Files.writeString(files.create("b.csv"), "new b");
      Files.writeString(dir.resolve("b.csv"), "someone else's");
      assertEquals("export.target-exists", assertThrows(ExportException.class, files::commit).key());
      assertEquals(List.of(), files.written());
    }
    assertFalse(Files.exists(dir.resolve("a.csv")));
    assertEquals("someone else's", Files.readString(dir.resolve("b.csv")));
  }

  @Test
  void aReplacedFileKeepsItsPermissionsANewOneIsReadableByAll(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path kept = Files.writeString(dir.resolve("kept.html"), "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
    try (OutputFiles files = new OutputFiles(dir, true)) {
      files.open("kept.html").write('x');
      files.open("sub/fresh.html").write('y');
      files.commit();
    }
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    assertEquals("rw-r--r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sub/fresh.html"))));
    assertEquals("x", Files.readString(kept));
  }
}
