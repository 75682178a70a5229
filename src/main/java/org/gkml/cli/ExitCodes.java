package org.gkml.cli;

/** The exit codes of CONTRACT.md. */
public final class ExitCodes {

  /** Done; no finding at or above --fail-on. */
  public static final int OK = 0;
  /** Done; at least one finding at or above --fail-on. */
  public static final int FINDINGS = 1;
  /** Usage error, bad configuration, or an input that could not be read at all. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
