package org.gkml.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.cli.GkmlCommand;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  @TempDir Path dir;

  @Test
  void severitiesAndOptions() throws Exception {
    Files.writeString(dir.resolve("bodies.txt"), "# 清溪县机关\n清溪县教育局\n清溪县民政局\n");
    Files.writeString(dir.resolve("laws-local.yaml"), "laws:\n  - id: qx-1\n    title: 清溪县义务教育管理暂行办法\n    status: current\n");
    Path f = dir.resolve("gkml.yaml");
    Files.writeString(f, """
        rules:
          deadline-calendar-days: off
          owner-role: error
        options:
          statutory-workdays: 15
          vague-deadline-words: [视情况]
          channels: [清溪发布]
          bodies: bodies.txt
          laws: laws-local.yaml
        """);
    Config c = Config.load(f, BuiltInRules.infos());
    assertEquals(Severity.OFF, c.severities().get("deadline-calendar-days"));
    assertEquals(Severity.ERROR, c.severities().get("owner-role"));
    assertEquals(15, c.options().statutoryWorkdays());
    assertEquals(java.util.Set.of("清溪县教育局", "清溪县民政局"), c.options().bodies());
    assertEquals(1, c.options().laws().byTitle("清溪县义务教育管理暂行办法").size());
    assertEquals(f.toAbsolutePath(), Config.nearest(dir.resolve("sub")).toAbsolutePath());
  }

  @Test
  void unknownKeysAndRuleIdsAreErrors() throws IOException {
    Path f = dir.resolve("gkml.yaml");
    Files.writeString(f, "rules:\n  deadline-vauge: off\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Config.load(f, BuiltInRules.infos()));
    assertTrue(e.getMessage().contains("deadline-vauge"), e.getMessage());
    Files.writeString(f, "option:\n  statutory-workdays: 10\n");
    assertThrows(ConfigException.class, () -> Config.load(f, BuiltInRules.infos()));
    Files.writeString(f, "rules:\n  deadline-vague: loud\n");
    assertThrows(ConfigException.class, () -> Config.load(f, BuiltInRules.infos()));
  }

  @Test
  void validateExitsTwoOnBadConfigAndUsesAGoodOne() throws IOException {
    Path f = dir.resolve("gkml.yaml");
    Files.writeString(f, "options:\n  unknown-option: 1\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = GkmlCommand.run(new String[] {"validate", "--config", f.toString(),
        "src/test/resources/clean/catalog-ywjy-clean.yaml"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown-option"));

    // A bodies registry without 青石镇人民政府: the clean catalog's township item becomes an error.
    Path orgs = dir.resolve("orgs.txt");
    Files.writeString(orgs, "清溪县教育局\n");
    Files.writeString(f, "rules:\n  basis-unknown-law: off\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    code = GkmlCommand.run(new String[] {"validate", "--config", f.toString(), "--orgs", orgs.toString(),
        "--format", "json", "src/test/resources/clean/catalog-ywjy-clean.yaml"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    String json = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, json);
    assertTrue(json.contains("owner-unknown") && json.contains("青石镇人民政府"), json);
    assertTrue(!json.contains("basis-unknown-law"), "rule switched off");
  }
}
