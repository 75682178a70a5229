package org.gkml.model;

import java.util.Objects;
import org.gkml.text.Texts;

/**
 * One element of an item as the file gives it: the text as written (trimmed of outer blanks), where it stands,
 * and how the reader obtained it. {@code columnPresent} is false when the file has no column for it at all.
 *
 * <p>A spreadsheet or CSV element keeps its place as row and column beside the sheet's {@link Location}, and makes
 * its own {@link Location} only when asked (a finding, a duplicate): a big file has a dozen elements per row and
 * hardly any of them is ever reported, so this spares one object per cell. Equal, hashed and printed as the
 * record it was: by text, location, origin and columnPresent.
 */
public final class Element {

  private final String text;
  /** The location itself, or, where {@link #row} is not {@link #GIVEN}, the sheet's (row 0) to place the cell in. */
  private final Location base;
  private final int row;
  private final int column;
  private final Origin origin;
  private final boolean columnPresent;
  /** In {@link #row}: the location is given whole, in {@link #base}. */
  private static final int GIVEN = Integer.MIN_VALUE;

  public Element(String text, Location location, Origin origin, boolean columnPresent) {
    this(text, location, GIVEN, 0, origin, columnPresent);
  }

  private Element(String text, Location base, int row, int column, Origin origin, boolean columnPresent) {
    this.text = text;
    this.base = base;
    this.row = row;
    this.column = column;
    this.origin = origin;
    this.columnPresent = columnPresent;
  }

  public static Element written(String text, Location location) {
    return new Element(text, location, Origin.WRITTEN, true);
  }

  public static Element missing(Location location, boolean columnPresent) {
    return new Element("", location, Origin.MISSING, columnPresent);
  }

  /**
   * An element at a cell of a sheet: {@code sheet} is the sheet's location (its file and name), {@code row} 1-based,
   * {@code columnIndex} 0-based, as {@link Location#cell}.
   */
  public static Element atCell(String text, Location sheet, int row, int columnIndex, Origin origin,
      boolean columnPresent) {
    return new Element(text, sheet, row, columnIndex, origin, columnPresent);
  }

  /** Another text or origin at the same place. */
  public Element with(String otherText, Origin otherOrigin, boolean present) {
    return new Element(otherText, base, row, column, otherOrigin, present);
  }

  public String text() {
    return text;
  }

  public Location location() {
    return row == GIVEN ? base : Location.cell(base.file(), base.sheet(), row, column);
  }

  public Origin origin() {
    return origin;
  }

  public boolean columnPresent() {
    return columnPresent;
  }

  public boolean isBlank() {
    return !Texts.hasText(text); // every rule asks, for every item: the first char nearly always answers
  }

  public boolean isPresent() {
    return !isBlank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Element e && columnPresent == e.columnPresent && origin == e.origin
        && Objects.equals(text, e.text) && Objects.equals(location(), e.location());
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, location(), origin, columnPresent);
  }

  @Override
  public String toString() {
    return "Element[text=" + text + ", location=" + location() + ", origin=" + origin + ", columnPresent="
        + columnPresent + "]";
  }
}
