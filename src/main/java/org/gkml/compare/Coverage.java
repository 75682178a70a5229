package org.gkml.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.domain.ChannelVocabulary;
import org.gkml.domain.Citation;
import org.gkml.domain.Deadline;
import org.gkml.domain.DeadlineParser;
import org.gkml.domain.Law;
import org.gkml.domain.LawRegistry;
import org.gkml.export.ExportItem;
import org.gkml.reference.ReferenceItem;
import org.gkml.reference.ReferenceItems;

/**
 * A catalog against its field's reference items. Items are paired one to one, in passes, each pass on what the
 * earlier ones left: the user's pins ({@code --assign}), then the same 一级/二级 names as written, then the same
 * normalized names ({@link Names#normalize}; a 二级 name alone when it is unique on both sides), then a reference
 * item's aliases, then similar names ({@link Names#itemScore} ≥ {@link Names#SIMILAR}, best pairs first). Each
 * matched pair is then checked element by element for what falls short of the reference.
 */
public final class Coverage {

  /** How an item was paired with its reference item. */
  public enum How {
    ASSIGNED, EXACT, NORMALIZED, ALIAS, SIMILAR;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A catalog item and the reference item it stands for, with what falls short. */
  public record Match(LoadedCatalog.Entry item, ReferenceItem reference, How how, double score, List<Shortfall> shortfalls) {}

  /**
   * The outcome: {@code matches} in catalog order, {@code missing} reference items no item stands for (in reference
   * order), {@code added} catalog items with no reference item ({@code pinnedNone}: those the user pinned to none).
   */
  public record Result(String field, ReferenceItems reference, String catalog, int catalogItems, List<Match> matches,
      List<ReferenceItem> missing, List<LoadedCatalog.Entry> added, Set<LoadedCatalog.Entry> pinnedNone) {

    public long missingRequired() {
      return missing.stream().filter(ReferenceItem::required).count();
    }

    public long shortfalls() {
      return matches.stream().mapToLong(m -> m.shortfalls().size()).sum();
    }
  }

  private final LawRegistry laws;
  private final ChannelVocabulary channels;
  private final DeadlineParser deadlines = new DeadlineParser();

  public Coverage(LawRegistry laws, ChannelVocabulary channels) {
    this.laws = laws;
    this.channels = channels;
  }

  /** Compares the catalog's items of {@code field} (all its items when the catalog names no field) with the reference. */
  public Result compare(LoadedCatalog catalog, String field, ReferenceItems reference, CoverageAssignments pins) {
    List<LoadedCatalog.Entry> items = new ArrayList<>();
    for (LoadedCatalog.Entry e : catalog.items()) {
      if (e.field().isEmpty() || e.field().equals(field) || catalog.fields().size() == 1) {
        items.add(e);
      }
    }
    List<ReferenceItem> refs = reference.items();
    Map<LoadedCatalog.Entry, Match> byItem = new HashMap<>();
    Set<ReferenceItem> taken = new HashSet<>();
    Set<LoadedCatalog.Entry> pinnedNone = new LinkedHashSet<>();

    // Pins first: a person's decision beats every heuristic.
    for (LoadedCatalog.Entry e : items) {
      CoverageAssignments.Pin pin = pins.pinFor(e);
      if (pin == null) {
        continue;
      }
      if (pin.none()) {
        pinnedNone.add(e);
      } else {
        ReferenceItem r = pins.resolve(pin, refs);
        byItem.put(e, new Match(e, r, How.ASSIGNED, 1.0, List.of()));
        taken.add(r);
      }
    }
    // Exact, then normalized names.
    pair(items, refs, byItem, taken, pinnedNone, How.EXACT,
        (e, r) -> e.item().topic().strip().equals(r.topic()) && e.item().item().strip().equals(r.item()));
    pair(items, refs, byItem, taken, pinnedNone, How.NORMALIZED,
        (e, r) -> Names.normalize(e.item().topic()).equals(Names.normalize(r.topic()))
            && Names.normalize(e.item().item()).equals(Names.normalize(r.item())));
    pairUniqueItemNames(items, refs, byItem, taken, pinnedNone);
    pair(items, refs, byItem, taken, pinnedNone, How.ALIAS, Coverage::aliasMatches);
    // Similar names: every remaining pair above the threshold, best first, one to one.
    record Candidate(LoadedCatalog.Entry item, ReferenceItem ref, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (LoadedCatalog.Entry e : items) {
      if (byItem.containsKey(e) || pinnedNone.contains(e)) {
        continue;
      }
      for (ReferenceItem r : refs) {
        if (taken.contains(r)) {
          continue;
        }
        double s = Names.itemScore(e.item().topic(), e.item().item(), r.topic(), r.item());
        if (s >= Names.SIMILAR) {
          candidates.add(new Candidate(e, r, s));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    for (Candidate c : candidates) {
      if (!byItem.containsKey(c.item()) && !taken.contains(c.ref())) {
        byItem.put(c.item(), new Match(c.item(), c.ref(), How.SIMILAR, Names.round(c.score()), List.of()));
        taken.add(c.ref());
      }
    }

    List<Match> matches = new ArrayList<>();
    List<LoadedCatalog.Entry> added = new ArrayList<>();
    for (LoadedCatalog.Entry e : items) {
      Match m = byItem.get(e);
      if (m == null) {
        added.add(e);
      } else {
        matches.add(new Match(e, m.reference(), m.how(), m.score(), shortfalls(e.item(), m.reference())));
      }
    }
    List<ReferenceItem> missing = refs.stream().filter(r -> !taken.contains(r)).toList();
    return new Result(field, reference, catalog.display(), items.size(), List.copyOf(matches), missing,
        List.copyOf(added), pinnedNone);
  }

  private interface Same {
    boolean test(LoadedCatalog.Entry e, ReferenceItem r);
  }

  private static void pair(List<LoadedCatalog.Entry> items, List<ReferenceItem> refs,
      Map<LoadedCatalog.Entry, Match> byItem, Set<ReferenceItem> taken, Set<LoadedCatalog.Entry> none, How how, Same same) {
    for (LoadedCatalog.Entry e : items) {
      if (byItem.containsKey(e) || none.contains(e)) {
        continue;
      }
      for (ReferenceItem r : refs) {
        if (!taken.contains(r) && same.test(e, r)) {
          byItem.put(e, new Match(e, r, how, 1.0, List.of()));
          taken.add(r);
          break;
        }
      }
    }
  }

  /** A 二级 name written under another 一级 still names the item when the name occurs once on each side. */
  private static void pairUniqueItemNames(List<LoadedCatalog.Entry> items, List<ReferenceItem> refs,
      Map<LoadedCatalog.Entry, Match> byItem, Set<ReferenceItem> taken, Set<LoadedCatalog.Entry> none) {
    Map<String, Integer> itemCounts = new HashMap<>();
    items.forEach(e -> itemCounts.merge(Names.normalize(e.item().item()), 1, Integer::sum));
    Map<String, Integer> refCounts = new HashMap<>();
    refs.forEach(r -> refCounts.merge(Names.normalize(r.item()), 1, Integer::sum));
    pair(items, refs, byItem, taken, none, How.NORMALIZED, (e, r) -> {
      String n = Names.normalize(e.item().item());
      return !n.isEmpty() && n.equals(Names.normalize(r.item())) && itemCounts.get(n) == 1 && refCounts.get(n) == 1;
    });
  }

  private static boolean aliasMatches(LoadedCatalog.Entry e, ReferenceItem r) {
    String item = Names.normalize(e.item().item());
    String both = Names.normalize(e.item().topic() + e.item().item());
    for (String a : r.aliases()) {
      String n = Names.normalize(a);
      if (!n.isEmpty() && (n.equals(item) || n.equals(both))) {
        return true;
      }
    }
    return false;
  }

  /** What the item lacks compared with the reference item; empty when nothing falls short. */
  public List<Shortfall> shortfalls(ExportItem item, ReferenceItem ref) {
    List<Shortfall> out = new ArrayList<>();
    deadline(item.deadline(), ref.deadline(), out);
    List<String> have = item.channels().stream().map(this::channel).toList();
    List<String> lacking = new ArrayList<>();
    for (String c : ref.channels()) {
      String k = channel(c);
      if (!k.equals("其他") && !have.contains(k) && !lacking.contains(c)) {
        lacking.add(c);
      }
    }
    if (!lacking.isEmpty()) {
      out.add(new Shortfall("channel", "channel-missing", String.join("、", ref.channels()),
          String.join("、", item.channels()), List.copyOf(lacking)));
    }
    if (!ref.audience().isEmpty() && !item.audience().contains(option(ref.audience()))) {
      out.add(new Shortfall("audience", "audience-other", ref.audience(), String.join("、", item.audience()), List.of()));
    }
    if (!ref.mode().isEmpty() && !item.mode().contains(option(ref.mode()))) {
      out.add(new Shortfall("mode", "mode-other", ref.mode(), String.join("、", item.mode()), List.of()));
    }
    List<String> levels = ref.levels().stream().filter(l -> !item.levels().contains(option(l))).toList();
    if (!levels.isEmpty()) {
      out.add(new Shortfall("level", "level-missing", String.join("、", ref.levels()), String.join("、", item.levels()),
          levels));
    }
    Set<String> cited = new HashSet<>();
    for (String b : item.basis()) {
      for (String title : titles(b)) {
        cited.add(lawKey(title, b));
      }
    }
    List<String> laws = new ArrayList<>();
    for (String b : ref.basis()) {
      for (String title : titles(b)) {
        if (!cited.contains(lawKey(title, b)) && !laws.contains("《" + title + "》")) {
          laws.add("《" + title + "》");
        }
      }
    }
    if (!laws.isEmpty()) {
      out.add(new Shortfall("basis", "basis-missing", String.join("\n", ref.basis()), String.join("\n", item.basis()),
          List.copyOf(laws)));
    }
    return List.copyOf(out);
  }

  private void deadline(String written, String reference, List<Shortfall> out) {
    if (reference.isBlank()) {
      return;
    }
    if (written.isBlank()) {
      out.add(new Shortfall("deadline", "deadline-missing", reference, "", List.of()));
      return;
    }
    Deadline ref = deadlines.parse(reference);
    Deadline own = deadlines.parse(written);
    Double refDays = workdays(ref);
    Double ownDays = workdays(own);
    if (refDays != null && ownDays != null) {
      // Compare like with like: a period after an event against one after an event, or the same kind.
      boolean comparable = ref.isPeriodAfter() == own.isPeriodAfter() || ref.kind() == own.kind();
      if (comparable && ownDays > refDays + 1e-9) {
        out.add(new Shortfall("deadline", "deadline-longer", reference, written, List.of()));
      }
    } else if (refDays != null && !own.measurable()) {
      out.add(new Shortfall("deadline", "deadline-vague", reference, written, List.of()));
    }
  }

  private static Double workdays(Deadline d) {
    return d.amount() == null || d.unit() == null ? null : d.unit().inWorkdays(d.amount());
  }

  private String channel(String written) {
    String name = written.contains("：") ? written.substring(0, written.indexOf('：')) : written;
    String s = channels.standardName(name);
    if (s == null) {
      s = channels.variantOf(name);
    }
    return s != null ? s : ChannelVocabulary.key(name);
  }

  /** 特定群体：低保对象 → 特定群体. */
  private static String option(String written) {
    String s = written.strip();
    int colon = s.indexOf('：') >= 0 ? s.indexOf('：') : s.indexOf(':');
    return colon >= 0 ? s.substring(0, colon).strip() : s;
  }

  /** The 《titles》 of a basis text; a text without 《》 is taken as one title. */
  private static List<String> titles(String basis) {
    List<Citation> cs = Citation.parse(basis);
    if (cs.isEmpty()) {
      String t = basis.strip();
      return t.isEmpty() ? List.of() : List.of(t);
    }
    return cs.stream().map(Citation::title).toList();
  }

  /** The key a law is known by: its registry title (so aliases and versions agree), else the written title. */
  private String lawKey(String title, String basis) {
    Law law = laws.find(title, null);
    if (law != null) {
      Law current = law.isCurrent() ? law : laws.replacement(law);
      return LawRegistry.key((current != null ? current : law).title());
    }
    return LawRegistry.key(title);
  }
}
