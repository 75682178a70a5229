package org.gkml.model;

import java.util.List;

/** The 公开渠道和载体 element: the cell as written and the channels read from it. */
public record ChannelList(Element cell, List<ChannelMark> marks, Style style) {

  /** How the cell was written. */
  public enum Style {
    /** ■/□ boxes (or their variants) before every channel. */
    GLYPHS,
    /** Only the chosen channels, separated or numbered, no boxes. */
    PLAIN,
    /** A YAML list. */
    YAML,
    /** Nothing written. */
    EMPTY
  }

  public long chosenCount() {
    long n = 0;
    for (ChannelMark m : marks) {
      if (m.chosen()) {
        n++;
      }
    }
    return n;
  }
}
