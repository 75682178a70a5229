package org.gkml.rules;

import java.util.List;
import org.gkml.model.Element;

/**
 * One finding a rule would report about a text, without the place: lets a rule work out what it says about a
 * text once and report it at every element that carries the same text ({@link Findings#report(Verdict, Element)}).
 */
public record Verdict(String variant, String fix, boolean safe, Object... args) {

  public static final List<Verdict> NONE = List.of();

  /** As {@link Findings#report(Element, Object...)}. */
  public static Verdict of(Object... args) {
    return new Verdict(null, null, false, args);
  }

  /** As {@link Findings#reportWithFix(Element, String, boolean, Object...)}. */
  public static Verdict withFix(String fix, boolean safe, Object... args) {
    return new Verdict(null, fix, safe, args);
  }

  /** As {@link Findings#reportVariant(String, Element, String, Object...)}. */
  public static Verdict variant(String variant, String fix, Object... args) {
    return new Verdict(variant, fix, false, args);
  }
}
