package org.gkml.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The coverage/diff texts exist in both languages, and every key the reports build from parts is there. */
class CompareTextsTest {

  static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = CompareTextsTest.class.getResourceAsStream("/org/gkml/compare/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws Exception {
    assertEquals(load("texts.properties").stringPropertyNames(), load("texts_en.properties").stringPropertyNames());
  }

  @Test
  void composedKeysExistAndFormat() {
    for (String lang : List.of("zh", "en")) {
      CompareTexts t = CompareTexts.of(lang);
      for (Coverage.How h : Coverage.How.values()) {
        assertFalse(t.get("coverage.how." + h.id()).isBlank());
      }
      for (String k : List.of("deadline-longer", "deadline-vague", "deadline-missing", "channel-missing", "audience-other",
          "mode-other", "level-missing", "basis-missing")) {
        assertFalse(t.get("coverage.kind." + k, "甲", "乙", "丙").contains("{"), k);
      }
      for (String e : List.of("name", "content", "basis", "deadline", "owner", "channel", "audience", "mode", "level")) {
        assertFalse(t.get("element." + e).isBlank(), e);
      }
      for (String trend : List.of("longer", "shorter")) {
        assertFalse(t.get("diff.element." + trend).isBlank());
      }
    }
  }
}
