package org.gkml.rules.owner;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.rules.Findings;
import org.gkml.rules.Rule;
import org.gkml.rules.RuleInfo;
import org.gkml.rules.RuleOptions;
import org.gkml.rules.Severity;
import org.gkml.rules.Target;
import org.gkml.rules.Verdict;
import org.gkml.text.TextMemo;
import org.gkml.text.Texts;

/**
 * The 公开主体 rules, one table entry each. An owner may name several bodies (清溪县民政局；清溪县残疾人联合会) and
 * the executing unit in parentheses (清溪县人力资源和社会保障局（县公共就业服务中心））; each body is checked.
 */
public final class OwnerRule extends Rule {

  /** Owner names that name no body (DOMAIN §2.2: 相关审批部门 is seen in real catalogs). */
  public static final List<String> VAGUE = List.of("相关部门", "有关部门", "有关单位", "相关单位", "各部门", "各单位",
      "相关审批部门", "有关审批部门", "项目单位", "责任单位", "主管部门", "相关职能部门", "有关职能部门", "业务主管部门",
      "行业主管部门", "相关科室", "各相关部门", "各有关部门", "各有关单位", "相关责任单位", "实施部门", "承办单位", "本单位",
      "本部门", "各级政府", "政府部门", "职能部门");

  /** How a body's name ends (局, 委员会, 人民政府, 办事处, 中心, 学校 …), after any part in parentheses. */
  private static final Pattern BODY = Pattern.compile(
      ".*(局|分局|委员会|委|办公室|办|厅|院|所|站|中心|人民政府|政府|办事处|大队|支队|中队|队|联合会|联社|协会|学会|学校|"
          + "小学|中学|幼儿园|大学|学院|馆|室|股|科|处|部|公司|集团|银行|医院|卫生院|社区|村|委会|党委|党工委|管委会|管理处|"
          + "工会|团委|妇联|残联|红十字会|法院|检察院|公证处|事务所|场|园|会)");
  private static final Pattern ROLE = Pattern.compile(".*(部门|机关|主管部门|行政机关|单位)");
  private static final Pattern TOWNSHIP = Pattern.compile(".*(镇|乡|街道)(人民政府|政府|办事处|党委)?.*");
  private static final Pattern TOWNSHIP_BODY = Pattern.compile(".*\\p{IsHan}+(镇|乡|街道)(人民政府|政府|办事处|党委|党工委).*");
  private static final Pattern COUNTY_DEPT = Pattern.compile(".*[县区市旗](?!.*(镇|乡|街道)(人民政府|政府|办事处)).*(局|委员会|办公室|委|中心|室)");

  private enum Check { VAGUE_OWNER, ROLE_OWNER, SHAPE, LEVEL_MISMATCH, UNKNOWN }

  private final RuleInfo info;
  private final Check check;
  private List<String> vague = VAGUE;
  private Set<String> bodies;

  private OwnerRule(String id, Severity severity, Check check) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, ElementKind.OWNER, severity);
    this.check = check;
  }

  public static OwnerRule vague() {
    return new OwnerRule("owner-vague", Severity.ERROR, Check.VAGUE_OWNER);
  }

  public static OwnerRule role() {
    return new OwnerRule("owner-role", Severity.WARNING, Check.ROLE_OWNER);
  }

  public static OwnerRule shape() {
    return new OwnerRule("owner-shape", Severity.WARNING, Check.SHAPE);
  }

  public static OwnerRule levelMismatch() {
    return new OwnerRule("owner-level-mismatch", Severity.WARNING, Check.LEVEL_MISMATCH);
  }

  public static OwnerRule unknown() {
    return new OwnerRule("owner-unknown", Severity.ERROR, Check.UNKNOWN);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void configure(RuleOptions options) {
    List<String> v = new ArrayList<>(VAGUE);
    v.addAll(options.vagueOwners());
    this.vague = List.copyOf(v);
    this.bodies = options.bodies();
  }

  // Compiled once: owners are split for every item, by several rules.
  private static final Pattern BODY_SEPARATOR = Pattern.compile("[、；;，,/]|(?<=[局委办院所站心府处队会])(和|及|与)");
  private static final Pattern UNIT_IN_PARENS = Pattern.compile("[(（][^)）]*[)）]$");

  /** The bodies an owner names, each without the unit in parentheses. */
  public static List<String> bodies(String owner) {
    List<String> out = new ArrayList<>();
    for (String part : BODY_SEPARATOR.split(Texts.compact(owner))) {
      String main = UNIT_IN_PARENS.matcher(part).replaceAll("");
      if (!main.isEmpty()) {
        out.add(main);
      }
    }
    return out;
  }

  /**
   * What this rule says about an owner text, worked out once per distinct text (and level, for the level check):
   * a list names the same few dozen bodies on all its rows. At most 1,024 texts; one rule of one file, one thread.
   */
  private final TextMemo<Verdict> verdicts = new TextMemo<>(1024);
  /** For the level check: one memo per level (county, township), so the key stays the owner text itself. */
  private final TextMemo<Verdict> countyVerdicts = new TextMemo<>(1024);
  private final TextMemo<Verdict> townshipVerdicts = new TextMemo<>(1024);
  private static final Verdict CLEAN = new Verdict(null, null, false);

  /** Made once: a lambda at the call would be a new object on every row. */
  private final Function<String, Verdict> townshipVerdict = k -> verdict('t', k);
  private final Function<String, Verdict> countyVerdict = k -> verdict('c', k);
  private final Function<String, Verdict> anyLevelVerdict = k -> verdict((char) 0, k);

  @Override
  public void check(CatalogItem item, Findings out) {
    Element e = item.owner();
    if (e.isBlank()) {
      return;
    }
    String key = e.text();
    char level = 0;
    TextMemo<Verdict> memo = verdicts;
    if (check == Check.LEVEL_MISMATCH) {
      boolean county = item.levels().has("县级");
      boolean township = item.levels().has("乡级") || item.levels().has("村级");
      if (township && !county) {
        level = 't';
      } else if (county && !township) {
        level = 'c';
      } else {
        return;
      }
      memo = level == 't' ? townshipVerdicts : countyVerdicts;
    }
    Verdict v = memo.get(key, level == 't' ? townshipVerdict : level == 'c' ? countyVerdict : anyLevelVerdict);
    if (v != CLEAN) {
      out.report(v, e);
    }
  }

  /** The finding about an owner text, or CLEAN; {@code level} is 't' for a township item, 'c' for a county one. */
  private Verdict verdict(char level, String text) {
    List<String> names = bodies(text);
    switch (check) {
      case VAGUE_OWNER -> {
        for (String n : names) {
          if (isVague(n)) {
            return Verdict.of(n);
          }
        }
      }
      case ROLE_OWNER -> {
        for (String n : names) {
          if (!isVague(n) && ROLE.matcher(n).matches()) {
            return Verdict.of(n);
          }
        }
      }
      case SHAPE -> {
        for (String n : names) {
          if (!isVague(n) && !ROLE.matcher(n).matches() && !BODY.matcher(n).matches()) {
            return Verdict.of(n);
          }
        }
      }
      case LEVEL_MISMATCH -> {
        if (level == 't') {
          for (String n : names) {
            if (COUNTY_DEPT.matcher(n).matches() && !TOWNSHIP.matcher(n.replace("城乡", "")).matches()) {
              return Verdict.variant("county", null, n);
            }
          }
        } else {
          for (String n : names) {
            if (TOWNSHIP_BODY.matcher(n.replace("城乡", "")).matches()) {
              return Verdict.variant("township", null, n);
            }
          }
        }
      }
      case UNKNOWN -> {
        if (bodies == null) {
          return CLEAN;
        }
        for (String n : names) {
          if (!bodies.contains(n) && !isVague(n)) {
            return Verdict.of(n);
          }
        }
      }
      default -> throw new IllegalStateException();
    }
    return CLEAN;
  }

  private boolean isVague(String name) {
    return vague.contains(name);
  }
}
