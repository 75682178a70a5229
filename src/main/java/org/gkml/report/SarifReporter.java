package org.gkml.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gkml.Version;
import org.gkml.check.FileResult;
import org.gkml.i18n.Messages;
import org.gkml.model.Location;
import org.gkml.rules.BuiltInRules;
import org.gkml.rules.Finding;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.Severity;

/**
 * Findings as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: every rule described under
 * {@code tool.driver.rules} (texts from the rule bundles), file URIs relative to the current directory, YAML
 * line:column or the sheet row as the region, sheet/cell/item as properties, and fingerprints that survive moving
 * an item. Files that could not be read become error notifications of the invocation.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The key of our fingerprint in {@code partialFingerprints}; bump the version if its recipe ever changes. */
  public static final String FINGERPRINT_KEY = "gkmlItem/v1";

  @Override
  public void write(RunResult run, Messages m, Writer out) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode log = json.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode r = log.putArray("runs").addObject();

    ObjectNode driver = r.putObject("tool").putObject("driver");
    driver.put("name", "gkml");
    driver.put("version", Version.VERSION);
    driver.put("semanticVersion", Version.VERSION);
    driver.put("informationUri", "https://gkml.invalid/");
    List<RuleInfo> rules = BuiltInRules.reportable();
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rulesNode = driver.putArray("rules");
    for (RuleInfo info : rules) {
      ruleIndex.put(info.id(), ruleIndex.size());
      ObjectNode rule = rulesNode.addObject();
      rule.put("id", info.id());
      rule.put("name", pascal(info.id()));
      rule.putObject("shortDescription").put("text", m.get(info.id() + ".summary"));
      rule.putObject("fullDescription").put("text", m.get(info.id() + ".why"));
      rule.putObject("help").put("text", m.get(info.id() + ".help"));
      rule.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
      ObjectNode props = rule.putObject("properties");
      props.putArray("tags").add("gkml").add(info.element().jsonName());
    }

    ObjectNode invocation = r.putArray("invocations").addObject();
    invocation.put("executionSuccessful", run.unreadable() == 0);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (FileResult f : run.files()) {
      if (f.failed()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", m.get(f.errorKey(), f.errorArgs())
            + (f.errorPlace() != null ? " [" + f.errorPlace() + "]" : ""));
        n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
            .put("uri", ReportPaths.uri(f.path()));
      }
    }

    r.put("columnKind", "unicodeCodePoints");
    Fingerprints fingerprints = new Fingerprints(run);
    ArrayNode results = r.putArray("results");
    for (FileResult f : run.files()) {
      for (Finding x : f.findings()) {
        ObjectNode res = results.addObject();
        res.put("ruleId", x.rule());
        Integer idx = ruleIndex.get(x.rule());
        if (idx != null) {
          res.put("ruleIndex", idx);
        }
        res.put("level", level(x.severity()));
        res.putObject("message").put("text", messageWithItem(x, m));
        ObjectNode physical = res.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", ReportPaths.uri(f.path()));
        Location l = x.location();
        if (l.isYaml()) {
          ObjectNode region = physical.putObject("region");
          region.put("startLine", l.line());
          if (l.column() > 0) {
            region.put("startColumn", l.column());
          }
        } else if (l.row() > 0) {
          physical.putObject("region").put("startLine", l.row());
        }
        res.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.of(x));
        ObjectNode props = res.putObject("properties");
        putIfPresent(props, "sheet", l.sheet());
        putIfPresent(props, "cell", l.cellRef());
        props.put("element", x.element().jsonName());
        putIfPresent(props, "item", x.item());
        putIfPresent(props, "itemId", x.itemId());
        putIfPresent(props, "value", x.value());
        putIfPresent(props, "fix", x.fix());
      }
    }
    json.writeValue(new NonClosingWriter(out), log);
    out.write("\n");
    out.flush();
  }

  /** The message, then the item it is about, so a viewer that shows only the message still names the item. */
  static String messageWithItem(Finding x, Messages m) {
    String text = FindingText.message(x, m);
    if (x.item() != null && !x.item().isEmpty()) {
      text += "en".equals(m.lang()) ? " (" + m.get("report.item") + ": " + x.item() + ")"
          : "（" + m.get("report.item") + "：" + x.item() + "）";
    }
    return text;
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  /** {@code deadline-missing} → {@code DeadlineMissing}: SARIF's identifier-like rule name. */
  static String pascal(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  private static void putIfPresent(ObjectNode n, String key, String value) {
    if (value != null && !value.isEmpty()) {
      n.put(key, value);
    }
  }

  /** Jackson closes the writer it is given; the caller owns it. */
  static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
