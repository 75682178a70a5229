package org.gkml.model;

/** How an element got its value: written in its own cell, or taken from elsewhere by the reader. */
public enum Origin {
  /** Written in the element's own cell or YAML node. */
  WRITTEN,
  /** The cell is inside a merged range; the value is the range's top-left cell (the element's location). */
  MERGED,
  /** A blank 一级事项 under a filled one, carried down (merges lost in exports leave such blanks). */
  FILLED_DOWN,
  /** The cell says 同上 ("as above"); the value is the same column of the row above. */
  SAME_AS_ABOVE,
  /** No value: the cell is blank, the key absent, or the column missing. */
  MISSING
}
