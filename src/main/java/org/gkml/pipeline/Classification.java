package org.gkml.pipeline;

import java.util.List;
import org.gkml.reference.PilotField;

/**
 * Where the classifier put a matter: the field (null = 未归类), a confidence between 0 and 1, why (a message key of
 * the UI bundle with its argument), and the best-scoring candidates for the report.
 */
public record Classification(PilotField field, double confidence, String reasonKey, String reasonArg,
    List<String> candidates) {

  public boolean classified() {
    return field != null;
  }
}
