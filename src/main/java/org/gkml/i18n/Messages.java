package org.gkml.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts gkml prints, in Simplified Chinese (the default bundles) or English ({@code --lang en}). Never follows
 * the JVM's locale: a CI runner in en_US still gets Chinese unless asked.
 */
public final class Messages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle ui;
  private final ResourceBundle rules;
  private final String lang;

  private Messages(String lang) {
    this.lang = lang;
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT;
    this.ui = ResourceBundle.getBundle("org.gkml.messages", locale, NO_FALLBACK);
    this.rules = ResourceBundle.getBundle("org.gkml.rules.messages", locale, NO_FALLBACK);
  }

  public static Messages of(String lang) {
    return new Messages("en".equalsIgnoreCase(lang) ? "en" : "zh");
  }

  public String lang() {
    return lang;
  }

  /** True if either bundle has the key. */
  public boolean has(String key) {
    return rules.containsKey(key) || ui.containsKey(key);
  }

  /** The formatted text of a key; the key itself if no bundle has it (a test keeps that from happening). */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = rules.containsKey(key) ? rules.getString(key) : ui.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args == null || args.length == 0) {
      return pattern.replace("''", "'");
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
