package org.gkml.rules;

import java.util.ArrayList;
import java.util.List;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.Location;
import org.gkml.model.Record;

/**
 * The collector rules report to. The validator sets the rule and the item being checked; a rule only says where,
 * what it saw, and what the fix is.
 */
public final class Findings {

  private final List<Finding> found = new ArrayList<>();
  /** How many findings are kept; those past it are only counted, so memory stays bounded on huge inputs. */
  private int limit = Integer.MAX_VALUE;
  private final long[] dropped = new long[Severity.values().length];
  private RuleInfo rule;
  private Severity severity;
  private Record record;
  /** The record's label, made at its first finding: most records have none, and a label is a new string. */
  private String item;
  private String itemId;

  void start(RuleInfo rule, Severity severity, Record record) {
    start(rule, severity, record, null);
  }

  void start(RuleInfo rule, Severity severity, Record record, String itemId) {
    this.rule = rule;
    this.severity = severity;
    if (record != this.record) {
      this.record = record;
      this.item = null;
    }
    this.itemId = itemId;
  }

  /** A finding at an element, with the rule's main message. */
  public void report(Element at, Object... args) {
    add(null, at.location(), at.text(), null, false, args);
  }

  /** A finding at an element with a corrected value; {@code safe} lets {@code --fix} apply it. */
  public void reportWithFix(Element at, String fix, boolean safe, Object... args) {
    add(null, at.location(), at.text(), fix, safe, args);
  }

  /** A finding with one of the rule's message variants ({@code <id>.message.<variant>}). */
  public void reportVariant(String variant, Element at, String fix, Object... args) {
    add(variant, at.location(), at.text(), fix, false, args);
  }

  /** A finding worked out once for a text ({@link Verdict}), reported at an element carrying that text. */
  public void report(Verdict v, Element at) {
    add(v.variant(), at.location(), at.text(), v.fix(), v.safe(), v.args());
  }

  /** Every verdict of a list, at the same element. */
  public void report(java.util.List<Verdict> verdicts, Element at) {
    for (Verdict v : verdicts) {
      report(v, at);
    }
  }

  /** A finding at a place that has no element (a missing column, a whole row). */
  public void reportAt(String variant, Location at, String value, Object... args) {
    add(variant, at, value, null, false, args);
  }

  /** A finding about another element than the rule's own (a rule that checks several tick groups). */
  public void reportFor(ElementKind element, Element at, String fix, boolean safe, Object... args) {
    add(element, null, at.location(), at.text(), fix, safe, args);
  }

  private void add(String variant, Location at, String value, String fix, boolean safe, Object[] args) {
    add(rule.element(), variant, at, value, fix, safe, args);
  }

  private void add(ElementKind element, String variant, Location at, String value, String fix, boolean safe,
      Object[] args) {
    if (found.size() >= limit) {
      dropped[severity.ordinal()]++;
      return;
    }
    if (item == null && record != null) {
      item = record.label();
    }
    String key = rule.id() + ".message" + (variant == null ? "" : "." + variant);
    found.add(new Finding(rule.id(), severity, element, at, item, value, fix, safe, key, args, itemId));
  }

  public List<Finding> list() {
    return found;
  }

  /** Keep at most {@code max} findings; count the others by severity ({@link #dropped}). */
  void limit(int max) {
    limit = Math.max(0, max);
  }

  /** Every finding reported so far, kept or not. */
  public long total() {
    long n = found.size();
    for (long d : dropped) {
      n += d;
    }
    return n;
  }

  /** Findings of this severity that were counted but not kept. */
  public long dropped(Severity s) {
    return dropped[s.ordinal()];
  }
}
