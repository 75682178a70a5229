package org.gkml.cli;

import java.util.Map;
import java.util.function.UnaryOperator;

/** Sets environment variables as {@link LintCommand} sees them, for one test. */
public final class LintEnvironment implements AutoCloseable {

  private final UnaryOperator<String> previous;

  private LintEnvironment(Map<String, String> vars) {
    previous = LintCommand.environment;
    LintCommand.environment = name -> vars.containsKey(name) ? vars.get(name) : previous.apply(name);
  }

  public static LintEnvironment set(String name, String value) {
    return new LintEnvironment(Map.of(name, value));
  }

  @Override
  public void close() {
    LintCommand.environment = previous;
  }
}
