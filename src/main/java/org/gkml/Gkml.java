package org.gkml;

import org.gkml.cli.GkmlCommand;
import org.gkml.domain.LawRegistry;

/** gkml's entry point. */
public final class Gkml {

  private Gkml() {}

  public static void main(String[] args) {
    LawRegistry.preload();
    System.exit(GkmlCommand.run(args, System.out, System.err));
  }
}
