package org.gkml.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gkml.model.CatalogItem;
import org.gkml.model.PowerRecord;
import org.gkml.model.Record;
import org.gkml.model.ServiceRecord;
import org.gkml.model.TableHeader;

/**
 * Runs the enabled rules over one file's tables and records as they stream in, with the severities the
 * configuration sets. Make one per file: rules that compare items keep their state per file.
 */
public final class Validator {

  /** The rule's info is kept beside it: asked of the rule, it would be one more interface call per rule and row. */
  private record Active(Rule rule, RuleInfo info, Severity severity) {}

  private static final Active[] NONE = {};
  // arrays, not lists: they are walked for every row
  private Active[] items = NONE;
  private Active[] power = NONE;
  private Active[] service = NONE;
  private Active[] tables = NONE;
  private final Findings findings = new Findings();

  public Validator(List<Supplier<Rule>> rules, Map<String, Severity> overrides) {
    this(rules, overrides, RuleOptions.defaults());
  }

  public Validator(List<Supplier<Rule>> rules, Map<String, Severity> overrides, RuleOptions options) {
    for (Supplier<Rule> s : rules) {
      Rule r = s.get();
      r.configure(options);
      Severity sev = overrides.getOrDefault(r.info().id(), r.info().defaultSeverity());
      if (sev == Severity.OFF) {
        continue;
      }
      Active a = new Active(r, r.info(), sev);
      for (Target t : r.info().targets()) {
        switch (t) {
          case CATALOG_ITEM -> items = with(items, a);
          case POWER -> power = with(power, a);
          case SERVICE -> service = with(service, a);
          case TABLE -> tables = with(tables, a);
          default -> throw new IllegalStateException();
        }
      }
    }
  }

  private static Active[] with(Active[] list, Active a) {
    Active[] longer = Arrays.copyOf(list, list.length + 1);
    longer[list.length] = a;
    return longer;
  }

  public void check(TableHeader table) {
    for (Active a : tables) {
      findings.start(a.info(), a.severity(), null);
      a.rule().check(table, findings);
    }
  }

  public void check(Record record) {
    if (record instanceof CatalogItem item) {
      for (Active a : items) {
        findings.start(a.info(), a.severity(), record, item.id());
        a.rule().check(item, findings);
      }
    } else if (record instanceof PowerRecord row) {
      for (Active a : power) {
        findings.start(a.info(), a.severity(), record);
        a.rule().check(row, findings);
      }
    } else if (record instanceof ServiceRecord row) {
      for (Active a : service) {
        findings.start(a.info(), a.severity(), record);
        a.rule().check(row, findings);
      }
    }
  }

  public List<Finding> findings() {
    return findings.list();
  }

  /** Keeps at most {@code max} findings in memory; the rest are counted only (see {@link #dropped}). */
  public Validator limitFindings(int max) {
    findings.limit(max);
    return this;
  }

  /** Every finding so far, kept or not. */
  public long total() {
    return findings.total();
  }

  /** Findings of this severity past the limit: counted, not kept. */
  public long dropped(Severity s) {
    return findings.dropped(s);
  }
}
