package org.gkml.export;

/**
 * An export that cannot go ahead (an existing target without {@code --force}, a target that is one of the inputs,
 * a format not available, an input whose field cannot be told): {@code key} names the message in the UI bundle.
 * The command reports it and exits 2, leaving no output behind.
 */
public final class ExportException extends RuntimeException {

  private final String key;
  private final transient Object[] args;

  public ExportException(String key, Object... args) {
    super(key, null, false, false);
    this.key = key;
    this.args = args;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args;
  }
}
