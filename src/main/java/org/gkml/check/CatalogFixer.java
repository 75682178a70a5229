package org.gkml.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.rules.Finding;
import org.gkml.write.YamlFixer;

/**
 * Works out the corrected text of a YAML catalog: applies the safe fixes of its findings, checks the result again
 * and applies the fixes that only the corrected text shows (two fixes of one value, like brackets and then the full
 * title), until nothing safe is left, at most {@value #PASSES} times. Writes nothing but a scratch copy it deletes.
 */
public final class CatalogFixer {

  static final int PASSES = 5;

  /** The corrected text (the original when nothing was fixed) and every change, in the order made. */
  public record Outcome(String text, boolean changed, List<YamlFixer.Change> changes, int unapplied) {}

  private CatalogFixer() {}

  /** Reads a UTF-8 YAML file (a BOM kept); a file that is not UTF-8 cannot be edited as text. */
  public static String readUtf8(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8: " + file, e);
    }
  }

  public static Outcome fix(Checker checker, Path file, List<Finding> findings) throws IOException {
    String original = readUtf8(file);
    String text = original;
    List<YamlFixer.Change> changes = new ArrayList<>();
    List<Finding> current = findings;
    int unapplied = 0;
    Path scratch = null;
    try {
      for (int pass = 0; pass < PASSES; pass++) {
        YamlFixer.Result r = YamlFixer.apply(text, current);
        unapplied = r.unapplied();
        if (r.changes().isEmpty()) {
          break;
        }
        changes.addAll(r.changes());
        text = r.text();
        if (scratch == null) {
          scratch = Files.createTempFile("gkml-fix-", ".yaml");
        }
        Files.writeString(scratch, text, StandardCharsets.UTF_8);
        FileResult again = checker.check(scratch, file.toString());
        if (again.failed()) {
          throw new IOException("the corrected catalog could not be read again: " + again.errorKey());
        }
        current = again.findings();
      }
    } finally {
      if (scratch != null) {
        Files.deleteIfExists(scratch);
      }
    }
    return new Outcome(text, !text.equals(original), changes, unapplied);
  }
}
