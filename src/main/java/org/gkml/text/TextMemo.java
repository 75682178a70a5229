package org.gkml.text;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Results of a pure analysis of a text, remembered by text. A list repeats a few hundred phrasings (bases,
 * deadlines, owners, channel cells) over all its rows, so most rows find their answer here instead of being
 * parsed again. Emptied when full, so it never holds more than its capacity; not thread-safe (one rule of one
 * file, read by one thread).
 *
 * <p>An open-addressing table rather than a HashMap, for one reason: the readers hand the same String object for a
 * text that repeats, so a lookup is nearly always an identity check; when an equal but different String is found,
 * the entry takes the newer object, so the next lookups are identity checks again.
 */
public final class TextMemo<V> {

  private final int capacity;
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private int size;

  public TextMemo(int capacity) {
    this.capacity = capacity;
    int slots = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1; // at most half full
    this.keys = new String[slots];
    this.values = new Object[slots];
    this.mask = slots - 1;
  }

  /** The result for {@code text}, computed by {@code analysis} the first time (and again after a clear). */
  @SuppressWarnings("unchecked")
  public V get(String text, Function<String, V> analysis) {
    int h = text.hashCode();
    int i = (h ^ h >>> 16) & mask;
    for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (k == text) {
        return (V) values[i];
      }
      if (k.hashCode() == h && k.equals(text)) {
        keys[i] = text; // the object the reader hands now: the next lookups are identity checks
        return (V) values[i];
      }
    }
    V v = analysis.apply(text);
    if (size >= capacity) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
      i = (h ^ h >>> 16) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
    }
    keys[i] = text;
    values[i] = v;
    size++;
    return v;
  }
}
