package org.gkml.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.domain.LawRegistry;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.text.Texts;

/**
 * The configuration: {@code rules:} maps rule ids to off/info/warning/error; {@code options:} sets the statutory
 * limits, extra vague words, extra channels, the bodies registry (a file, one body per line, or a list) and extra
 * laws (a file in the laws.yaml shape). Paths are relative to the configuration file. Unknown keys and rule ids are
 * errors: a typo must not silently switch a check back on.
 *
 * <pre>
 * rules:
 *   deadline-calendar-days: off
 *   owner-role: error
 * options:
 *   statutory-workdays: 20
 *   decision-workdays: 7
 *   own-period-laws: [预算法]
 *   vague-deadline-words: [视情况]
 *   vague-owners: [业务股室]
 *   channels: [清溪发布]
 *   bodies: bodies.txt
 *   laws: laws-local.yaml
 * </pre>
 */
public record Config(Path file, Map<String, Severity> severities, RuleOptions options) {

  public static final String FILE_NAME = "gkml.yaml";
  private static final Set<String> TOP = Set.of("rules", "options");
  private static final Set<String> OPTIONS = Set.of("statutory-workdays", "decision-workdays", "own-period-laws",
      "vague-deadline-words", "vague-owners", "channels", "bodies", "laws");

  public static Config defaults() {
    return new Config(null, Map.of(), RuleOptions.defaults());
  }

  /** The nearest gkml.yaml in {@code dir} or a parent, or null. */
  public static Path nearest(Path dir) {
    for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
      Path f = d.resolve(FILE_NAME);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  public static Config load(Path file, List<RuleInfo> rules) throws ConfigException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new ConfigException(file + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || root.isNull()) {
      return new Config(file, Map.of(), RuleOptions.defaults());
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": expected keys rules: and options:");
    }
    checkKeys(file, "", root, TOP);
    Map<String, Severity> severities = new LinkedHashMap<>();
    JsonNode r = root.get("rules");
    if (r != null && !r.isNull()) {
      Set<String> ids = new LinkedHashSet<>();
      rules.forEach(i -> ids.add(i.id()));
      if (!r.isObject()) {
        throw new ConfigException(file + ": rules: must map rule ids to off, info, warning or error");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!ids.contains(e.getKey())) {
          throw new ConfigException(file + ": unknown rule id rules." + e.getKey() + " (gkml rules lists them)");
        }
        // YAML 1.1 reads a bare off/no as false.
        String level = e.getValue().isBoolean() && !e.getValue().booleanValue() ? "off" : e.getValue().asText();
        try {
          severities.put(e.getKey(), Severity.fromId(level));
        } catch (IllegalArgumentException ex) {
          throw new ConfigException(file + ": rules." + e.getKey() + ": " + e.getValue().asText()
              + " is not off, info, warning or error");
        }
      }
    }
    RuleOptions d = RuleOptions.defaults();
    JsonNode o = root.get("options");
    if (o == null || o.isNull()) {
      return new Config(file, Map.copyOf(severities), d);
    }
    checkKeys(file, "options.", o, OPTIONS);
    Path base = file.toAbsolutePath().getParent();
    int statutory = integer(file, o, "statutory-workdays", d.statutoryWorkdays());
    int decision = integer(file, o, "decision-workdays", d.decisionWorkdays());
    List<String> ownPeriod = new ArrayList<>(d.ownPeriodLaws());
    ownPeriod.addAll(strings(file, o, "own-period-laws"));
    Set<String> bodies = null;
    JsonNode b = o.get("bodies");
    if (b != null && !b.isNull()) {
      bodies = b.isArray() ? Set.copyOf(strings(file, o, "bodies")) : readBodies(base.resolve(b.asText()));
    }
    LawRegistry laws = d.laws();
    JsonNode l = o.get("laws");
    if (l != null && !l.isNull()) {
      Path lf = base.resolve(l.asText());
      try {
        laws = laws.withFile(lf);
      } catch (IOException | RuntimeException e) {
        throw new ConfigException(file + ": options.laws: cannot read " + lf + ": " + e.getMessage());
      }
    }
    RuleOptions options = new RuleOptions(statutory, decision, List.copyOf(ownPeriod),
        strings(file, o, "vague-deadline-words"), strings(file, o, "vague-owners"), strings(file, o, "channels"),
        bodies, laws);
    return new Config(file, Map.copyOf(severities), options);
  }

  /** A bodies registry: one body per line (UTF-8; # comments, blank lines and a CSV's later columns ignored). */
  public static Set<String> readBodies(Path file) throws ConfigException {
    try {
      Set<String> out = new LinkedHashSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String s = Texts.compact(line.replace("\ufeff", "")).split("[,，\t]")[0];
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new ConfigException("cannot read the bodies registry " + file + ": " + e.getMessage());
    }
  }

  /** This configuration with another bodies registry ({@code --orgs}). */
  public Config withBodies(Set<String> bodies) {
    RuleOptions o = options;
    return new Config(file, severities, new RuleOptions(o.statutoryWorkdays(), o.decisionWorkdays(), o.ownPeriodLaws(),
        o.vagueDeadlineWords(), o.vagueOwners(), o.extraChannels(), bodies, o.laws()));
  }

  private static void checkKeys(Path file, String prefix, JsonNode node, Set<String> allowed) throws ConfigException {
    if (!node.isObject()) {
      throw new ConfigException(file + ": " + prefix + " must be a mapping");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new ConfigException(file + ": unknown key " + prefix + k + " (known: " + String.join(", ",
            allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private static int integer(Path file, JsonNode o, String key, int dflt) throws ConfigException {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.canConvertToInt() || n.asInt() <= 0) {
      throw new ConfigException(file + ": options." + key + " must be a positive whole number");
    }
    return n.asInt();
  }

  private static List<String> strings(Path file, JsonNode o, String key) throws ConfigException {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new ConfigException(file + ": options." + key + " must be a list");
    }
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(Texts.compact(x.asText())));
    return List.copyOf(out);
  }
}
