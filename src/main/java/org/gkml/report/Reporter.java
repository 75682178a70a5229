package org.gkml.report;

import java.io.IOException;
import java.io.Writer;
import org.gkml.i18n.Messages;

/** Writes a run's findings in one format. */
public interface Reporter {

  void write(RunResult run, Messages messages, Writer out) throws IOException;
}
