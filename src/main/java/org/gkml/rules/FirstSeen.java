package org.gkml.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gkml.model.Location;

/**
 * Where each key was first seen in a file, in about 20 bytes per key whatever the key's length: the key is kept as
 * a 64-bit hash (two different keys share one with a probability of about n²/2⁶⁵, one in 30 million for a
 * million items), the place as two ints and the index of its file and sheet. Cross-item rules (duplicates) keep
 * this instead of a map of strings to {@link Location}s, so a 1,000,000-row list fits in a small heap.
 */
public final class FirstSeen {

  private long[] hashes = new long[1024];
  private int[] first = new int[1024]; // row, or YAML line
  private int[] second = new int[1024]; // column index, or YAML column
  private short[] origin = new short[1024]; // index into origins + 1; 0 marks an empty slot
  private int size;
  /** The distinct (file, sheet, kind) a location can have: a handful per file. */
  private final List<Location> origins = new ArrayList<>();

  /** Records {@code at} for the key if it is new and returns null; else returns where the key was first seen. */
  public Location putIfAbsent(long hash, Location at) {
    int mask = hashes.length - 1;
    int i = (int) mix(hash) & mask;
    while (origin[i] != 0) {
      if (hashes[i] == hash) {
        return locationAt(i);
      }
      i = (i + 1) & mask;
    }
    hashes[i] = hash;
    origin[i] = (short) (originOf(at) + 1);
    first[i] = at.isYaml() ? at.line() : at.row();
    second[i] = at.isYaml() ? at.column() : at.columnIndex();
    if (++size * 2 > hashes.length) {
      grow();
    }
    return null;
  }

  public int size() {
    return size;
  }

  private Location locationAt(int i) {
    Location o = origins.get(origin[i] - 1);
    return o.isYaml() ? Location.yaml(o.file(), first[i], second[i])
        : new Location(o.file(), o.sheet(), first[i], second[i], 0, 0);
  }

  private int originOf(Location at) {
    for (int k = 0; k < origins.size(); k++) {
      Location o = origins.get(k);
      if (o.isYaml() == at.isYaml() && Objects.equals(o.file(), at.file()) && Objects.equals(o.sheet(), at.sheet())) {
        return k;
      }
    }
    if (origins.size() >= Short.MAX_VALUE - 1) {
      throw new IllegalStateException("too many sheets");
    }
    origins.add(at.isYaml() ? Location.yaml(at.file(), 1, 1) : new Location(at.file(), at.sheet(), 0, -1, 0, 0));
    return origins.size() - 1;
  }

  private void grow() {
    long[] h = hashes;
    int[] a = first;
    int[] b = second;
    short[] o = origin;
    int n = h.length * 2;
    hashes = new long[n];
    first = new int[n];
    second = new int[n];
    origin = new short[n];
    int mask = n - 1;
    for (int k = 0; k < h.length; k++) {
      if (o[k] != 0) {
        int i = (int) mix(h[k]) & mask;
        while (origin[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h[k];
        first[i] = a[k];
        second[i] = b[k];
        origin[i] = o[k];
      }
    }
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
