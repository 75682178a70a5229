package org.gkml.reference;

/** A reference file (pilot fields, mapping, assignments) that cannot be used: the message names file and place. */
public final class ReferenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReferenceException(String message, Throwable cause) {
    super(message, cause);
  }

  public ReferenceException(String message) {
    super(message);
  }
}
