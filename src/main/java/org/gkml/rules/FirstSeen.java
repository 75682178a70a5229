package org.gkml.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gkml.model.Location;

/**
 * Where each key was first seen in a file, in 16 bytes per slot (two to four slots per key) whatever the key's
 * length: the key is kept as a 64-bit hash (two different keys share one with a probability of about n²/2⁶⁵, one in
 * 30 million for a million items), the place as one packed long with the index of its file and sheet. Cross-item rules (duplicates) keep
 * this instead of a map of strings to {@link Location}s, so a 1,000,000-row list fits in a small heap.
 */
public final class FirstSeen {

  /**
   * Two longs per slot, side by side, so that a lookup touches one cache line (at a million keys the table is far
   * bigger than the caches): the key's hash, then the place packed as row or line (32 bits), column (20 bits) and
   * origin index + 1 (12 bits; 0 marks an empty slot). A place that does not fit (a column past 2^20 - 1, more than
   * 4,094 sheets) is kept whole in {@link #unpacked}.
   */
  private long[] table = new long[2 * 1024];
  private int size;
  /** The distinct (file, sheet, kind) a location can have: a handful per file. */
  private final List<Location> origins = new ArrayList<>();
  private final Map<Long, Location> unpacked = new HashMap<>();
  private static final int COLUMN_BITS = 20;
  private static final int ORIGIN_BITS = 12;
  private static final long UNPACKED = (1L << ORIGIN_BITS) - 1;

  /** Records {@code at} for the key if it is new and returns null; else returns where the key was first seen. */
  public Location putIfAbsent(long hash, Location at) {
    long[] t = table;
    int mask = (t.length >> 1) - 1;
    int i = (int) mix(hash) & mask;
    long place;
    while ((place = t[2 * i + 1]) != 0) {
      if (t[2 * i] == hash) {
        return locationAt(hash, place);
      }
      i = (i + 1) & mask;
    }
    t[2 * i] = hash;
    t[2 * i + 1] = pack(hash, at);
    if (++size * 2 > mask + 1) {
      grow();
    }
    return null;
  }

  public int size() {
    return size;
  }

  private long pack(long hash, Location at) {
    int origin = originOf(at) + 1;
    long first = at.isYaml() ? at.line() : at.row();
    long second = at.isYaml() ? at.column() : at.columnIndex();
    if (origin >= UNPACKED || second < 0 || second >= 1L << COLUMN_BITS || first < 0) {
      unpacked.put(hash, at);
      return UNPACKED;
    }
    return first << (COLUMN_BITS + ORIGIN_BITS) | second << ORIGIN_BITS | origin;
  }

  private Location locationAt(long hash, long place) {
    int origin = (int) (place & UNPACKED);
    if (origin == UNPACKED) {
      return unpacked.get(hash);
    }
    Location o = origins.get(origin - 1);
    int first = (int) (place >>> (COLUMN_BITS + ORIGIN_BITS));
    int second = (int) (place >>> ORIGIN_BITS & ((1L << COLUMN_BITS) - 1));
    return o.isYaml() ? Location.yaml(o.file(), first, second)
        : new Location(o.file(), o.sheet(), first, second, 0, 0);
  }

  private int originOf(Location at) {
    for (int k = 0; k < origins.size(); k++) {
      Location o = origins.get(k);
      if (o.isYaml() == at.isYaml() && Objects.equals(o.file(), at.file()) && Objects.equals(o.sheet(), at.sheet())) {
        return k;
      }
    }
    if (origins.size() + 1 >= UNPACKED) {
      return (int) UNPACKED; // kept whole instead
    }
    origins.add(at.isYaml() ? Location.yaml(at.file(), 1, 1) : new Location(at.file(), at.sheet(), 0, -1, 0, 0));
    return origins.size() - 1;
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    int mask = (t.length >> 1) - 1;
    for (int k = 0; k < old.length; k += 2) {
      if (old[k + 1] != 0) {
        int i = (int) mix(old[k]) & mask;
        while (t[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        t[2 * i] = old[k];
        t[2 * i + 1] = old[k + 1];
      }
    }
    table = t;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb53a87e5bcd1L;
    return z ^ (z >>> 33);
  }

  /** A 64-bit FNV-1a hash builder over chars, so that a key need not be built as a string to be hashed. */
  public static final class Hash {
    private long h = 0xcbf29ce484222325L;

    public Hash add(char c) {
      h = (h ^ c) * 0x100000001b3L;
      return this;
    }

    /** Ends one part of a composite key, so that ("ab", "c") and ("a", "bc") differ. */
    public Hash separator() {
      return add('\u0001');
    }

    public long value() {
      return h;
    }
  }

  @Override
  public String toString() {
    return "FirstSeen[" + size + " keys, " + Arrays.toString(origins.toArray()) + "]";
  }
}
