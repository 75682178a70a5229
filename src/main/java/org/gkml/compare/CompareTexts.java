package org.gkml.compare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the coverage and diff reports, in Simplified Chinese (default) or English ({@code --lang en}), from
 * their own bundle (org/gkml/compare/texts*.properties); like {@link org.gkml.i18n.Messages}, never the JVM locale.
 */
public final class CompareTexts {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final String lang;

  private CompareTexts(String lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("org.gkml.compare.texts", "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT,
        NO_FALLBACK);
  }

  public static CompareTexts of(String lang) {
    return new CompareTexts("en".equalsIgnoreCase(lang) ? "en" : "zh");
  }

  public String lang() {
    return lang;
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args == null || args.length == 0) {
      return pattern.replace("''", "'");
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
