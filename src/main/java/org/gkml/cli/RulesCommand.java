package org.gkml.cli;

import java.util.concurrent.Callable;
import org.gkml.i18n.Messages;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gkml rules [ID]}: list every rule, or explain one. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = {"List the rules, or explain one.", "列出全部规则，或解释一条规则。"})
public final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en")
  String lang;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "a rule id")
  String id;

  @Override
  public Integer call() {
    Messages m = Messages.of(lang);
    var out = spec.commandLine().getOut();
    if (id == null) {
      for (RuleInfo r : BuiltInRules.reportable()) {
        out.printf("%-32s %-8s %-10s %s%n", r.id(), r.defaultSeverity().id(), r.element().jsonName(),
            m.get(r.id() + ".summary"));
      }
      return ExitCodes.OK;
    }
    for (RuleInfo r : BuiltInRules.reportable()) {
      if (r.id().equals(id)) {
        out.println(r.id() + " — " + m.get(r.id() + ".summary"));
        out.println();
        out.println(m.get("element." + r.element().jsonName()) + " · " + m.get("severity." + r.defaultSeverity().id()));
        out.println();
        out.println(m.get(r.id() + ".why"));
        out.println();
        out.println(m.get("report.help") + "：" + m.get(r.id() + ".help", "…", "…"));
        if (m.has(r.id() + ".good")) {
          out.println();
          out.println(m.get("rules.good") + "：" + m.get(r.id() + ".good"));
          out.println(m.get("rules.bad") + "：" + m.get(r.id() + ".bad"));
        }
        return ExitCodes.OK;
      }
    }
    spec.commandLine().getErr().println("gkml: unknown rule " + id + " (gkml rules lists them)");
    return ExitCodes.BAD_INPUT;
  }
}
