package org.gkml.rules.basis;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.domain.Citation;
import org.gkml.domain.Law;
import org.gkml.domain.LawRegistry;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.ElementKind;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;
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
 * The 公开依据 rules, one table entry each, applied to every basis element of an item (a YAML list gives several,
 * a spreadsheet cell one). Citations are read with {@link Citation}; laws are looked up in the {@link LawRegistry}.
 */
public final class BasisRule extends Rule {

  private enum Check { NO_CITATION, BRACKETS, GARBLED_NUMBER, SHORT_TITLE, REPLACED, NUMBER_MISMATCH, UNKNOWN_LAW }

  /** Every basis element is checked alike: 公开依据 of catalog items, 实施依据 of powers, 办理依据 of services. */
  private static final Set<Target> TARGETS = EnumSet.of(Target.CATALOG_ITEM, Target.POWER, Target.SERVICE);

  private static final List<Pattern> GARBLED = List.of(
      Pattern.compile("[〔\\[【﹝(（［]\\d{5,}号"),            // 〔201744号: the closing bracket lost, year and number run together
      Pattern.compile("〔(\\d{1,3}|\\d{5,})〕"),               // a year that is not four digits
      Pattern.compile("〔\\d{4}〕号"),                         // no number after the year
      Pattern.compile("第号|令第?号"),                          // an order without its number
      Pattern.compile("号[)）]?号"),                            // 号 twice: (国令第711号) 号
      Pattern.compile("〔\\d{4}[^〕\\d)）\\]】﹞]"));            // the year bracket never closed

  private final RuleInfo info;
  private final Check check;
  private LawRegistry laws = LawRegistry.shipped();

  private BasisRule(String id, Severity severity, Check check) {
    this.info = new RuleInfo(id, Target.CATALOG_ITEM, ElementKind.BASIS, severity, TARGETS);
    this.check = check;
  }

  public static BasisRule noCitation() {
    return new BasisRule("basis-no-citation", Severity.ERROR, Check.NO_CITATION);
  }

  public static BasisRule brackets() {
    return new BasisRule("basis-brackets", Severity.ERROR, Check.BRACKETS);
  }

  public static BasisRule garbledNumber() {
    return new BasisRule("basis-garbled-number", Severity.ERROR, Check.GARBLED_NUMBER);
  }

  public static BasisRule shortTitle() {
    return new BasisRule("basis-short-title", Severity.WARNING, Check.SHORT_TITLE);
  }

  public static BasisRule replaced() {
    return new BasisRule("basis-replaced", Severity.ERROR, Check.REPLACED);
  }

  public static BasisRule numberMismatch() {
    return new BasisRule("basis-number-mismatch", Severity.WARNING, Check.NUMBER_MISMATCH);
  }

  public static BasisRule unknownLaw() {
    return new BasisRule("basis-unknown-law", Severity.INFO, Check.UNKNOWN_LAW);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void configure(RuleOptions options) {
    this.laws = options.laws();
  }

  /**
   * Citations just parsed, by basis text: a list cites the same few laws on row after row, and several basis rules
   * parse each row. Emptied when full, so it holds at most 1,024 texts; one rule of one file, one thread.
   */
  private final java.util.Map<String, List<Citation>> recentCitations = new java.util.HashMap<>();

  private List<Citation> citations(String text) {
    List<Citation> c = recentCitations.get(text);
    if (c == null) {
      c = List.copyOf(Citation.parse(text));
      if (recentCitations.size() >= 1024) {
        recentCitations.clear();
      }
      recentCitations.put(text, c);
    }
    return c;
  }

  @Override
  public void check(CatalogItem item, Findings out) {
    for (Element e : item.basis()) {
      if (e.isPresent()) {
        check(e, out);
      }
    }
  }

  @Override
  public void check(PowerRecord row, Findings out) {
    if (row.basis().isPresent()) {
      check(row.basis(), out);
    }
  }

  @Override
  public void check(ServiceRecord row, Findings out) {
    if (row.basis().isPresent()) {
      check(row.basis(), out);
    }
  }

  private void check(Element e, Findings out) {
    out.report(verdicts.get(e.text(), analysis), e);
  }

  /**
   * What this rule says about a basis text, worked out once per distinct text: a list cites the same few laws on
   * row after row. At most 1,024 texts are kept; one rule of one file, one thread.
   */
  private final TextMemo<List<Verdict>> verdicts = new TextMemo<>(1024);
  /** Made once: a method reference at the call would be a new object on every row. */
  private final Function<String, List<Verdict>> analysis = this::verdicts;

  private List<Verdict> verdicts(String text) {
    List<Verdict> out = new ArrayList<>(1);
    switch (check) {
      case NO_CITATION -> {
        if (text.indexOf('《') < 0 && text.indexOf('》') < 0 && !text.contains("<<") && !Citation.hasNumber(text)
            && !namesKnownLaw(text)) {
          out.add(Verdict.of(text));
        }
      }
      case BRACKETS -> {
        String fixed = Brackets.all(text);
        if (!fixed.equals(text)) {
          out.add(Verdict.withFix(fixed, true, text));
        }
      }
      case GARBLED_NUMBER -> {
        String c = Texts.compact(text);
        for (Pattern p : GARBLED) {
          Matcher m = p.matcher(c);
          if (m.find()) {
            out.add(Verdict.withFix(garbledFix(text), false, m.group()));
            return out;
          }
        }
      }
      case SHORT_TITLE -> {
        String fixed = text;
        Citation first = null;
        Law firstLaw = null;
        for (Citation cit : citations(text)) {
          Law law = laws.find(cit.title(), cit.number());
          if (law != null && isShort(cit.title(), law.title())) {
            fixed = fixed.replace("《" + cit.title() + "》", "《" + law.title() + "》");
            if (first == null) {
              first = cit;
              firstLaw = law;
            }
          }
        }
        if (first != null) {
          out.add(Verdict.withFix(fixed, true, first.title(), firstLaw.title()));
        }
      }
      case REPLACED -> {
        for (Citation cit : citations(text)) {
          Law law = laws.find(cit.title(), cit.number());
          if (law == null || law.isCurrent()) {
            continue;
          }
          String cited = "《" + cit.title() + "》" + (cit.number() != null ? "（" + cit.number() + "）" : "");
          Law now = laws.replacement(law);
          if (now == null) {
            out.add(Verdict.variant("repealed", null, cited));
          } else {
            String fix = text.replace("《" + cit.title() + "》", "《" + now.title() + "》");
            if (cit.number() != null && now.number() != null) {
              fix = fix.replace(cit.number(), now.number());
            }
            String replacement = "《" + now.title() + "》" + (now.number() != null ? "（" + now.number() + "）" : "");
            if (now.effective() == null) {
              out.add(Verdict.variant("nodate", fix, cited, replacement));
            } else {
              out.add(Verdict.variant(null, fix, cited, replacement, now.effective()));
            }
          }
        }
      }
      case NUMBER_MISMATCH -> {
        for (Citation cit : citations(text)) {
          String number = cit.attachedNumber(text);
          Law named = number == null ? null : laws.numberConflict(cit.title(), number);
          if (named == null) {
            continue;
          }
          // The title names a law gkml knows: the number is the likelier slip. Otherwise the title is.
          Law byTitle = laws.find(cit.title(), null);
          String fix = byTitle != null && byTitle.number() != null && !byTitle.equals(named)
              ? text.replace(number, byTitle.number())
              : text.replace("《" + cit.title() + "》", "《" + named.title() + "》");
          out.add(Verdict.withFix(fix.equals(text) ? null : fix, false, cit.title(), number, named.title()));
        }
      }
      case UNKNOWN_LAW -> {
        for (Citation cit : citations(text)) {
          String number = cit.attachedNumber(text);
          if (laws.find(cit.title(), cit.number()) == null
              && (number == null || laws.numberConflict(cit.title(), number) == null)) {
            out.add(Verdict.of(cit.title()));
          }
        }
      }
      default -> throw new IllegalStateException();
    }
    return out.isEmpty() ? Verdict.NONE : List.copyOf(out);
  }

  /** The 中华人民共和国 prefix or another part of the title left out (《政府信息公开条例》, 《收养法》). */
  private static boolean isShort(String written, String full) {
    String w = Texts.toHalfWidth(Texts.toSimplified(Texts.compact(written)));
    boolean issuersDiffer = !LawRegistry.key(written).equals(LawRegistry.subjectKey(written))
        || !LawRegistry.key(full).equals(LawRegistry.subjectKey(full));
    if (issuersDiffer && LawRegistry.subjectKey(written).equals(LawRegistry.subjectKey(full))) {
      return false; // the issuers before 关于 left out: a usual way to cite a document, not a short title
    }
    return !w.equals(Texts.toHalfWidth(full)) && w.length() < full.length();
  }

  private boolean namesKnownLaw(String text) {
    String c = LawRegistry.key(text);
    for (String title : laws.titles().values()) {
      String k = LawRegistry.key(title);
      if (k.length() >= 4 && c.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The likeliest repair: 〔201744号 → 〔2017〕44号, 号 twice → once; the text as it is otherwise. */
  private static String garbledFix(String text) {
    String s = text.replaceAll("([〔\\[【﹝(（［])(\\d{4})(\\d+)号", "〔$2〕$3号");
    s = s.replaceAll("号([)）]?)\\s*号", "号$1");
    return s.equals(text) ? null : s;
  }
}
