package org.gkml.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Finding;
import org.gkml.rules.Severity;
import org.junit.jupiter.api.Test;

/** Whole catalogs through every rule: a clean one stays clean; the 社会救助 example gets its defects' findings. */
class CatalogFindingsTest {

  private static FileResult check(String path) {
    Path p = Path.of(path);
    FileResult r = new Checker(null, BuiltInRules.ALL, Map.of()).check(p, p.getFileName().toString());
    assertNull(r.errorKey(), "readable");
    return r;
  }

  private static String describe(List<Finding> fs) {
    return fs.stream().map(f -> f.rule() + "@" + f.item() + "@" + f.location().display() + " " + f.value()).collect(Collectors.joining("\n"));
  }

  @Test
  void realisticCleanCatalogHasNoErrorOrWarning() {
    FileResult r = check("src/test/resources/clean/catalog-ywjy-clean.yaml");
    assertEquals(20, r.items());
    List<Finding> serious = r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
    assertEquals(List.of(), serious, describe(serious));
  }

  @Test
  void socialAssistanceExampleGetsItsDefects() {
    FileResult r = check("src/test/resources/examples-src/catalog-shjz.yaml");
    String all = describe(r.findings());
    assertTrue(has(r, "basis-replaced", "最低生活保障/办事指南"), all);
    assertTrue(has(r, "channel-variant", "特困人员救助供养/办事指南"), all);
    assertTrue(has(r, "owner-missing", "特困人员救助供养/终止供养名单"), all);
    assertTrue(has(r, "deadline-missing", "临时救助/办事指南"), all);
    List<Finding> serious = r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
    assertEquals(4, serious.size(), "only the four deliberate defects:\n" + describe(serious));
  }

  private static boolean has(FileResult r, String rule, String itemLabel) {
    return r.findings().stream().anyMatch(f -> f.rule().equals(rule) && itemLabel.equals(f.item()));
  }
}
