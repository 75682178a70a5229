package org.gkml.rules.required;

import java.util.function.Function;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;

/** A required value left blank in a 权责清单 or 公共服务事项清单 row: one table entry per column. */
public final class ListValueMissing extends Rule {

  private final RuleInfo info;
  private final Function<PowerRecord, Element> power;
  private final Function<ServiceRecord, Element> service;

  private ListValueMissing(String id, ElementKind kind, Function<PowerRecord, Element> power,
      Function<ServiceRecord, Element> service) {
    this.info = new RuleInfo(id, power != null ? Target.POWER : Target.SERVICE, kind, Severity.ERROR);
    this.power = power;
    this.service = service;
  }

  public static ListValueMissing powerName() {
    return new ListValueMissing("power-name-missing", ElementKind.NAME, PowerRecord::name, null);
  }

  public static ListValueMissing powerCategory() {
    return new ListValueMissing("power-category-missing", ElementKind.ITEM, PowerRecord::category, null);
  }

  public static ListValueMissing powerBasis() {
    return new ListValueMissing("power-basis-missing", ElementKind.BASIS, PowerRecord::basis, null);
  }

  public static ListValueMissing powerSubject() {
    return new ListValueMissing("power-subject-missing", ElementKind.OWNER, PowerRecord::subject, null);
  }

  public static ListValueMissing serviceName() {
    return new ListValueMissing("service-name-missing", ElementKind.NAME, null, ServiceRecord::name);
  }

  public static ListValueMissing serviceBasis() {
    return new ListValueMissing("service-basis-missing", ElementKind.BASIS, null, ServiceRecord::basis);
  }

  public static ListValueMissing serviceDeadline() {
    return new ListValueMissing("service-deadline-missing", ElementKind.DEADLINE, null, ServiceRecord::deadline);
  }

  public static ListValueMissing serviceSubject() {
    return new ListValueMissing("service-subject-missing", ElementKind.OWNER, null, ServiceRecord::subject);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(PowerRecord row, Findings out) {
    if (power != null) {
      flag(power.apply(row), out);
    }
  }

  @Override
  public void check(ServiceRecord row, Findings out) {
    if (service != null) {
      flag(service.apply(row), out);
    }
  }

  private static void flag(Element e, Findings out) {
    if (e.isBlank() && e.columnPresent()) {
      out.report(e);
    }
  }
}
