package org.gkml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script src/main/sh/gkml chooses JVM flags by input size. A stand-in "java" (GKML_JAVA) prints the
 * arguments it was given, one per line, so the choice is checked without starting a JVM.
 */
class LauncherScriptTest {

  @TempDir Path dir;
  private Path launcher;

  @BeforeEach
  void install() throws IOException {
    launcher = dir.resolve("gkml");
    Files.copy(Path.of("src/main/sh/gkml"), launcher, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path fakeJava = dir.resolve("fake-java");
    Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void smallInputStartsFromTheArchiveWithTheQuickCompiler() throws Exception {
    Files.writeString(dir.resolve("gkml.jsa"), "archive");
    Path catalog = Files.writeString(dir.resolve("目录 一.yaml"), "items: []\n");
    List<String> args = launch(List.of("lint", catalog.toString()), null);
    assertTrue(args.contains("-XX:SharedArchiveFile=" + dir.resolve("gkml.jsa")), args::toString);
    assertTrue(args.contains("-Xshare:auto"), args::toString);
    assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
    assertFalse(args.contains("-XX:Tier4InvocationThreshold=15000"), args::toString);
    assertTrue(args.contains("-XX:+UseSerialGC"), args::toString);
    // The command line reaches gkml unchanged, a file name with a blank included.
    assertEquals(List.of("-jar", dir.resolve("gkml.jar").toString(), "lint", catalog.toString()),
        args.subList(args.size() - 4, args.size()));
  }

  @Test
  void withoutAnArchiveSmallInputStillGetsTheQuickCompiler() throws Exception {
    Path catalog = Files.writeString(dir.resolve("c.yaml"), "items: []\n");
    List<String> args = launch(List.of("validate", catalog.toString()), null);
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), args::toString);
    assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
  }

  @Test
  void bigInputKeepsTheOptimizingCompilerAndStillStartsFromTheArchive() throws Exception {
    Files.writeString(dir.resolve("gkml.jsa"), "archive");
    Path big = dir.resolve("big.xlsx");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(5L * 1024 * 1024); // sparse: size counts, no disk used
    }
    Path small = Files.writeString(dir.resolve("small.csv"), "a\n");
    List<String> args = launch(List.of("validate", small.toString(), big.toString()), "-Xmx2g -Dx=1");
    assertFalse(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
    assertFalse(args.contains("-XX:+UseSerialGC"), args::toString);
    assertTrue(args.contains("-XX:SharedArchiveFile=" + dir.resolve("gkml.jsa")), args::toString);
    assertTrue(args.contains("-Xshare:auto"), args::toString);
    assertTrue(args.contains("-XX:Tier4InvocationThreshold=15000"), args::toString);
    int jar = args.indexOf("-jar");
    assertEquals(List.of("-Xmx2g", "-Dx=1", "-jar"), args.subList(jar - 2, jar + 1), "JAVA_OPTS last, so they win");
  }

  @Test
  void aDirectoryCountsByItsContents() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("catalogs"));
    try (RandomAccessFile f = new RandomAccessFile(folder.resolve("a.yaml").toFile(), "rw")) {
      f.write(new byte[6 * 1024 * 1024]);
    }
    List<String> args = launch(List.of("lint", folder.toString()), null);
    assertFalse(args.contains("-XX:TieredStopAtLevel=1"), args::toString);
  }

  private List<String> launch(List<String> gkmlArgs, String javaOpts) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(gkmlArgs);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("GKML_JAVA", dir.resolve("fake-java").toString());
    pb.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.lines().toList();
  }
}
