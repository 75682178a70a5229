package org.gkml.model;

import org.gkml.text.Texts;

/**
 * One element of an item as the file gives it: the text as written (trimmed of outer blanks), where it stands,
 * and how the reader obtained it. {@code columnPresent} is false when the file has no column for it at all.
 */
public record Element(String text, Location location, Origin origin, boolean columnPresent) {

  public static Element written(String text, Location location) {
    return new Element(text, location, Origin.WRITTEN, true);
  }

  public static Element missing(Location location, boolean columnPresent) {
    return new Element("", location, Origin.MISSING, columnPresent);
  }

  public boolean isBlank() {
    return !Texts.hasText(text); // every rule asks, for every item: the first char nearly always answers
  }

  public boolean isPresent() {
    return !isBlank();
  }
}
