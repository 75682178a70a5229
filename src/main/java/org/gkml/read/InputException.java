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

  /**
   * The first line of a library's message, for an argument: the error a user sees is one line, and some messages
   * (POI's record dumps) run over many.
   */
  public static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    int cr = m.indexOf('\r');
    int end = nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
    String line = (end < 0 ? m : m.substring(0, end)).strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
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
