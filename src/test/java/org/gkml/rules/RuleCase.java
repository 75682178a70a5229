package org.gkml.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gkml.model.Record;
import org.gkml.model.TableHeader;

/**
 * One rule's test case: input on which the rule fires exactly once (with the expected fix, where one is given), and a
 * near miss, a close but correct input on which it must stay silent. Every rule in {@link BuiltInRules#ALL} has at
 * least one (RuleTextsTest enforces it); the case tables live next to the rules' other tests.
 */
public record RuleCase(String id, Supplier<Rule> rule, Input firing, Input nearMiss, String fix, RuleOptions options) {

  /** What a case feeds the validator: one item, several rows, a table header. */
  @FunctionalInterface
  public interface Input {
    void feedTo(Validator v);

    static Input records(Record... records) {
      return v -> {
        for (Record r : records) {
          v.check(r);
        }
      };
    }

    static Input table(TableHeader header) {
      return v -> v.check(header);
    }
  }

  public static RuleCase of(String id, Supplier<Rule> rule, Input firing, Input nearMiss, String fix) {
    return new RuleCase(id, rule, firing, nearMiss, fix, RuleOptions.defaults());
  }

  public RuleCase with(RuleOptions other) {
    return new RuleCase(id, rule, firing, nearMiss, fix, other);
  }

  public List<Finding> run(Input input) {
    Validator v = new Validator(List.of(rule), Map.of(), options);
    input.feedTo(v);
    return v.findings();
  }

  /** The rule fires once on the firing input, with the fix if one is expected, and not at all on the near miss. */
  public void assertFiresAndNearMissDoesNot() {
    List<Finding> found = run(firing);
    assertEquals(1, found.size(), id + " fires once: " + found);
    assertEquals(id, found.get(0).rule());
    if (fix != null) {
      assertEquals(fix, found.get(0).fix(), id + " fix");
    }
    assertEquals(List.of(), run(nearMiss), id + " near miss");
  }

  @Override
  public String toString() {
    return id;
  }
}
