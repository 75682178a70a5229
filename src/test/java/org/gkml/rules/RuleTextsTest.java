package org.gkml.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.gkml.cli.GkmlCommand;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Keeps the registry, the bundles and the tests in step: every rule has zh and en summary, message, help, why and a
 * good and a bad example; every message formats; every rule id is named by a test; `gkml rules ID` explains each.
 */
class RuleTextsTest {

  /**
   * The case tables: each class keeps {@code static Stream<RuleCase> cases()} and runs every case through
   * {@link RuleCase#assertFiresAndNearMissDoesNot()}. A new rule needs a case in one of them (or a new table here).
   */
  static final List<String> CASE_TABLES = List.of("org.gkml.rules.required.RequiredRulesTest",
      "org.gkml.rules.ElementRulesTest", "org.gkml.rules.basis.BasisRuleTest",
      "org.gkml.rules.deadline.DeadlineRuleTest");

  @SuppressWarnings("unchecked")
  static List<RuleCase> allCases() throws ReflectiveOperationException {
    List<RuleCase> all = new ArrayList<>();
    for (String table : CASE_TABLES) {
      java.lang.reflect.Method m = Class.forName(table).getDeclaredMethod("cases");
      m.setAccessible(true);
      ((Stream<RuleCase>) m.invoke(null)).forEach(all::add);
    }
    return all;
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (var in = RuleTextsTest.class.getResourceAsStream("/org/gkml/rules/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyRuleHasEveryTextInBothLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties p = bundle(file);
      for (RuleInfo r : BuiltInRules.infos()) {
        ids.add(r.id());
        for (String k : List.of("summary", "help", "why", "good", "bad")) {
          if (p.getProperty(r.id() + "." + k, "").isBlank()) {
            missing.add(file + ": " + r.id() + "." + k);
          }
        }
        List<String> messages = p.stringPropertyNames().stream()
            .filter(k -> k.equals(r.id() + ".message") || k.startsWith(r.id() + ".message.")).toList();
        if (messages.isEmpty()) {
          missing.add(file + ": " + r.id() + ".message");
        }
        for (String k : messages) {
          String formatted = new MessageFormat(p.getProperty(k), Locale.ROOT).format(new Object[] {"甲", "乙", "丙"});
          assertFalse(formatted.contains("{"), k + " formats: " + formatted);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(BuiltInRules.infos().size(), ids.size(), "rule ids are unique");
  }

  @Test
  void everyRuleHasAFiringCaseAndANearMiss() throws Exception {
    List<RuleCase> cases = allCases();
    Set<String> covered = new HashSet<>();
    for (RuleCase c : cases) {
      assertEquals(c.id(), c.rule().get().info().id(), "a case runs the rule it names");
      assertTrue(c.firing() != null && c.nearMiss() != null, c.id());
      covered.add(c.id());
    }
    List<String> untested = new ArrayList<>();
    for (RuleInfo r : BuiltInRules.infos()) {
      if (!covered.contains(r.id())) {
        untested.add(r.id());
      }
    }
    assertEquals(List.of(), untested, "rules without a firing case and a near miss");
    for (RuleCase c : cases) {
      c.assertFiresAndNearMissDoesNot();
    }
  }

  @Test
  void rulesCommandExplainsEachRuleInBothLanguages() {
    for (String lang : List.of("zh", "en")) {
      for (RuleInfo r : BuiltInRules.infos()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = GkmlCommand.run(new String[] {"rules", "--lang", lang, r.id()},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, r.id());
        Messages m = Messages.of(lang);
        assertTrue(text.contains(m.get(r.id() + ".why")), r.id() + " why");
        assertTrue(text.contains(m.get(r.id() + ".good")) && text.contains(m.get(r.id() + ".bad")), r.id() + " examples");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GkmlCommand.run(new String[] {"rules"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()));
    String list = out.toString(StandardCharsets.UTF_8);
    for (RuleInfo r : BuiltInRules.infos()) {
      assertTrue(list.contains(r.id()), "listed: " + r.id());
    }
  }
}
