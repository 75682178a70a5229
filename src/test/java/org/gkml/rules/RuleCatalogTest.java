package org.gkml.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.gkml.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The registry and the bundles stay in step: unique ids, every text in both languages, no orphan keys. */
class RuleCatalogTest {

  @Test
  void idsAreUniqueAndKebabCase() {
    Set<String> ids = new HashSet<>();
    for (RuleInfo r : BuiltInRules.reportable()) {
      assertTrue(ids.add(r.id()), "duplicate id " + r.id());
    }
  }

  @Test
  void everyRuleHasEveryTextInBothLanguagesAndEveryMessageFormats() throws Exception {
    for (String lang : new String[] {"", "_en"}) {
      Properties p = load("/org/gkml/rules/messages" + lang + ".properties");
      Set<String> used = new HashSet<>();
      for (RuleInfo r : BuiltInRules.reportable()) {
        for (String k : new String[] {".summary", ".help", ".why"}) {
          assertTrue(p.containsKey(r.id() + k), "missing " + r.id() + k + " in messages" + lang);
          used.add(r.id() + k);
        }
        boolean hasMessage = false;
        for (String key : p.stringPropertyNames()) {
          if (key.equals(r.id() + ".message") || key.startsWith(r.id() + ".message.")) {
            hasMessage = true;
            used.add(key);
            String text = new java.text.MessageFormat(p.getProperty(key)).format(new Object[] {"甲", "乙", "丙"});
            assertFalse(text.isBlank(), key);
          }
        }
        assertTrue(hasMessage, "no message for " + r.id() + " in messages" + lang);
      }
      Set<String> orphans = new HashSet<>(p.stringPropertyNames());
      orphans.removeAll(used);
      orphans.removeIf(k -> k.endsWith(".good") || k.endsWith(".bad"));
      assertEquals(Set.of(), orphans, "keys no rule uses in messages" + lang);
    }
  }

  @Test
  void uiTextsExistInBothLanguages() throws Exception {
    Properties zh = load("/org/gkml/messages.properties");
    Properties en = load("/org/gkml/messages_en.properties");
    assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
    assertEquals("错误", Messages.of("zh").get("severity.error"));
    assertEquals("error", Messages.of("en").get("severity.error"));
  }

  static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = RuleCatalogTest.class.getResourceAsStream(resource);
        java.io.Reader r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
