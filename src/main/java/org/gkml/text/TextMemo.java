package org.gkml.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of a pure analysis of a text, remembered by text. A list repeats a few hundred phrasings (bases,
 * deadlines, owners, channel cells) over all its rows, so most rows find their answer here instead of being
 * parsed again. Emptied when full, so it never holds more than its capacity; not thread-safe (one rule of one
 * file, read by one thread).
 */
public final class TextMemo<V> {

  private final int capacity;
  private final Map<String, V> known;

  public TextMemo(int capacity) {
    this.capacity = capacity;
    this.known = new HashMap<>(Math.min(capacity, 1024) * 2);
  }

  /** The result for {@code text}, computed by {@code analysis} the first time (and again after a clear). */
  public V get(String text, Function<String, V> analysis) {
    V v = known.get(text);
    if (v == null) {
      v = analysis.apply(text);
      if (known.size() >= capacity) {
        known.clear();
      }
      known.put(text, v);
    }
    return v;
  }
}
