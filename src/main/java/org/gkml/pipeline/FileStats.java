package org.gkml.pipeline;

import java.util.Map;

/**
 * What one input gave: its kind ({@code power}/{@code service}), the rows read per category as written, or the
 * reason it could not be read ({@code errorKey} with its place and arguments; null when it was read).
 */
public record FileStats(String file, String kind, int rows, Map<String, Integer> categories, String errorKey,
    String errorPlace, Object[] errorArgs) {

  public boolean failed() {
    return errorKey != null;
  }
}
