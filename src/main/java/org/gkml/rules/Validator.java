package org.gkml.rules;

import java.util.ArrayList;
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

  private record Active(Rule rule, Severity severity) {}

  private final List<Active> items = new ArrayList<>();
  private final List<Active> power = new ArrayList<>();
  private final List<Active> service = new ArrayList<>();
  private final List<Active> tables = new ArrayList<>();
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
      Active a = new Active(r, sev);
      for (Target t : r.info().targets()) {
        switch (t) {
          case CATALOG_ITEM -> items.add(a);
          case POWER -> power.add(a);
          case SERVICE -> service.add(a);
          case TABLE -> tables.add(a);
          default -> throw new IllegalStateException();
        }
      }
    }
  }

  public void check(TableHeader table) {
    for (Active a : tables) {
      findings.start(a.rule().info(), a.severity(), null);
      a.rule().check(table, findings);
    }
  }

  public void check(Record record) {
    String label = record.label();
    if (record instanceof CatalogItem item) {
      for (Active a : items) {
        findings.start(a.rule().info(), a.severity(), label, item.id());
        a.rule().check(item, findings);
      }
    } else if (record instanceof PowerRecord row) {
      for (Active a : power) {
        findings.start(a.rule().info(), a.severity(), label);
        a.rule().check(row, findings);
      }
    } else if (record instanceof ServiceRecord row) {
      for (Active a : service) {
        findings.start(a.rule().info(), a.severity(), label);
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
