package org.gkml.cli;

import java.nio.file.Path;
import org.gkml.i18n.Messages;
import org.gkml.rules.Severity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every checking command shares (CONTRACT.md "Common options"). */
public final class CommonOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "findings format: text, json, sarif, junit, github, gitlab (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
  Path output;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of messages (default: zh)")
  String lang;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "exit 1 when a finding is at or above LEVEL: error, warning, info, never (default: error)")
  String failOn;

  @Option(names = "--config", paramLabel = "FILE", description = "configuration file (default: the nearest gkml.yaml)")
  Path config;

  @Option(names = {"-q", "--quiet"}, description = "print only the report, no progress or notes")
  boolean quiet;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  /** --max-file-size, --max-rows … : what gkml agrees to read from one file. */
  @Mixin LimitOptions limits;

  Messages messages() {
    return Messages.of(lang);
  }

  Severity failThreshold() {
    return Severity.fromId(failOn);
  }
}
