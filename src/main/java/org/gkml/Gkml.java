package org.gkml;

import org.gkml.cli.GkmlCommand;

/** gkml's entry point. */
public final class Gkml {

  private Gkml() {}

  public static void main(String[] args) {
    System.exit(GkmlCommand.run(args, System.out, System.err));
  }
}
