package org.gkml.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import org.gkml.check.FileResult;
import org.gkml.rules.Finding;

/**
 * Stable identities for the findings of a run, for SARIF {@code partialFingerprints} and GitLab Code Quality. The
 * key is (rule, file, item id, element), never the line: moving an item or inserting rows above it does not make
 * its findings new. Where one item has several findings with the same key (two empty basis entries), the second
 * and later get an ordinal, so every fingerprint of a run is unique.
 */
public final class Fingerprints {

  private final Map<Finding, String> ids = new IdentityHashMap<>();

  public Fingerprints(RunResult run) {
    Map<String, Integer> seen = new HashMap<>();
    for (FileResult f : run.files()) {
      String file = ReportPaths.relative(f.path());
      for (Finding x : f.findings()) {
        String base = x.rule() + '\0' + file + '\0' + x.itemKey() + '\0' + x.element().jsonName();
        int n = seen.merge(base, 1, Integer::sum) - 1;
        ids.put(x, sha256(n == 0 ? base : base + '\0' + n));
      }
    }
  }

  /** 32 hex digits (128 bits of SHA-256). */
  public String of(Finding x) {
    return ids.get(x);
  }

  static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
