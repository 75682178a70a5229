package org.gkml.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files {@code gkml lint} checks. A directory is searched recursively (hidden folders such as {@code .git}
 * skipped) for YAML catalogs and, if asked, spreadsheets. A YAML file with none of the catalog's top-level keys
 * ({@code items:}, {@code catalog:}, {@code field:}) is some other YAML (a CI workflow, a config) and is passed
 * over, not failed, even when named: pre-commit hands lint every changed YAML file. A catalog with a misspelt
 * {@code items:} still has {@code catalog:} and is checked (and reported). The order is the order of the
 * arguments, then of the paths inside each directory, so every run lists the same files in the same order.
 */
public final class LintInputs {

  /** The files to check, and the YAML files passed over because they are not catalogs. */
  public record Found(List<Path> files, List<Path> notCatalogs) {}

  private static final Pattern CATALOG_KEY =
      Pattern.compile("^([\"']?)(items|catalog|field)\\1\\s*:.*");

  private LintInputs() {}

  public static Found find(List<Path> paths, boolean includeSpreadsheets) throws IOException {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    List<Path> notCatalogs = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        if (seen.add(p.toAbsolutePath().normalize())) {
          if (Files.isRegularFile(p) && isYaml(p) && !looksLikeCatalog(p)) {
            notCatalogs.add(p);
          } else {
            files.add(p);
          }
        }
        continue;
      }
      List<Path> found;
      try (Stream<Path> walk = Files.walk(p)) {
        found = walk.filter(f -> !hidden(p, f))
            .filter(Files::isRegularFile)
            .filter(f -> isYaml(f) || (includeSpreadsheets && isSpreadsheet(f)))
            .sorted((a, b) -> p.relativize(a).toString().replace('\\', '/')
                .compareTo(p.relativize(b).toString().replace('\\', '/')))
            .toList();
      }
      for (Path f : found) {
        if (!seen.add(f.toAbsolutePath().normalize())) {
          continue;
        }
        if (isYaml(f) && !looksLikeCatalog(f)) {
          notCatalogs.add(f);
        } else {
          files.add(f);
        }
      }
    }
    return new Found(files, notCatalogs);
  }

  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isYaml(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  static boolean isSpreadsheet(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv")) && !n.startsWith("~$");
  }

  /** A gkml catalog has a top-level {@code items:}, {@code catalog:} or {@code field:} key; other YAML does not. */
  static boolean looksLikeCatalog(Path f) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f), decoder))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (CATALOG_KEY.matcher(line.startsWith("\uFEFF") ? line.substring(1) : line).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
