package org.gkml.read;

/**
 * An input that cannot be read at all. {@code key} names the message in the messages bundle; {@code args} fill
 * it; {@code place} is where in the file (a sheet, a line), or null.
 */
public final class InputException extends Exception {

  private final String key;
  private final transient Object[] args;
  private final String place;

  public InputException(String key, String place, Throwable cause, Object... args) {
    super(key + (place == null ? "" : " @" + place), cause);
    this.key = key;
    this.args = args;
    this.place = place;
  }

  public InputException(String key, Object... args) {
    this(key, null, null, args);
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args;
  }

  public String place() {
    return place;
  }
}
