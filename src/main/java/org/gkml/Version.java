package org.gkml;

/** The version gkml reports (the pom's version; kept in step by a test). */
public final class Version {

  public static final String VERSION = "0.1.0";

  private Version() {}
}
