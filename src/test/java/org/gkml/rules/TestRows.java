package org.gkml.rules;

import java.util.HashMap;
import java.util.Map;
import org.gkml.model.Element;
import org.gkml.model.Location;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;

/**
 * Builds 权责清单 and 公共服务事项清单 rows for rule tests: a clean row by default, with fields set or left out
 * per test. Fields are named like the record components; a field set to null has no column in the file.
 */
public final class TestRows implements RuleCase.Input {

  private final boolean power;
  private final int row;
  private final Map<String, String> values = new HashMap<>();

  private TestRows(boolean power, int row) {
    this.power = power;
    this.row = row;
  }

  /** A 行政给付 row of 清溪县民政局 at row 6. */
  public static TestRows power() {
    TestRows t = new TestRows(true, 6);
    t.values.putAll(Map.of("code", "34119900MZ-JF-0003", "category", "行政给付", "name", "临时救助金给付",
        "basis", "《社会救助暂行办法》（国务院令第649号）第四十七条", "subject", "清溪县民政局"));
    return t;
  }

  /** A 就业失业登记 service row of 清溪县人力资源和社会保障局 at row 4. */
  public static TestRows service() {
    TestRows t = new TestRows(false, 4);
    t.values.putAll(Map.of("name", "就业失业登记", "target", "劳动者", "basis", "《就业服务与就业管理规定》第六十一条",
        "deadline", "即时办结", "subject", "清溪县人力资源和社会保障局"));
    return t;
  }

  public TestRows set(String field, String value) {
    values.put(field, value);
    return this;
  }

  /** The file has no column for the field. */
  public TestRows without(String field) {
    values.put(field, null);
    return this;
  }

  public TestRows atRow(int r) {
    TestRows t = new TestRows(power, r);
    t.values.putAll(values);
    return t;
  }

  private Element el(String field, int col) {
    Location at = Location.cell(power ? "p.xlsx" : "s.csv", power ? "权责清单" : null, row, col);
    if (!values.containsKey(field)) {
      return Element.missing(at, true);
    }
    String v = values.get(field);
    return v == null ? Element.missing(at, false) : Element.written(v, at);
  }

  public PowerRecord buildPower() {
    Location at = Location.cell("p.xlsx", "权责清单", row, 0);
    return new PowerRecord(at, el("code", 1), el("category", 2), el("name", 3), el("subItem", 4), el("basis", 5),
        el("subject", 6), el("agency", 7), el("duty", 8), el("level", 9), el("deadline", 10), el("remark", 11));
  }

  public ServiceRecord buildService() {
    Location at = Location.cell("s.csv", null, row, 0);
    return new ServiceRecord(at, el("name", 1), el("category", 2), el("target", 3), el("basis", 4), el("deadline", 5),
        el("subject", 6), el("place", 7), el("phone", 8), el("supervision", 9), el("fee", 10), el("remark", 11));
  }

  @Override
  public void feedTo(Validator v) {
    v.check(power ? buildPower() : buildService());
  }
}
