package org.gkml.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.PowerRecord;
import org.gkml.model.Record;
import org.gkml.model.ServiceRecord;
import org.gkml.model.TableHeader;
import org.gkml.read.RecordSink;
import org.gkml.reference.Mapping;
import org.gkml.reference.PilotField;
import org.gkml.reference.PilotFields;
import org.gkml.text.Texts;

/**
 * Derives disclosure items from 权责清单 and 公共服务事项清单 rows: each row becomes (part of) a matter, the same
 * matter from several rows is merged, each matter is classified into a pilot field (or 未归类), and each classified
 * matter generates the items its category's mapping lists, with the owner, basis and levels taken from its rows.
 * Feed it rows through {@link #sink}, then call {@link #build}. Ordering follows the inputs, so the same inputs always
 * give the same ids.
 */
public final class CatalogBuilder {

  private final PilotFields fields;
  private final Mapping mapping;
  private final Assignments assignments;
  private final Classifier classifier;

  private final List<FileStats> files = new ArrayList<>();
  private final Map<String, MatterDraft> matters = new LinkedHashMap<>();
  private final List<SkippedRow> skipped = new ArrayList<>();

  /** A matter being gathered: the first row gives name, owner and category; later rows add sources and basis. */
  private static final class MatterDraft {
    final String name;
    String owner;
    Mapping.Category category;
    boolean fromPower;
    final List<SourceRow> sources = new ArrayList<>();
    final Set<String> basis = new LinkedHashSet<>();

    MatterDraft(String name) {
      this.name = name;
    }
  }

  public CatalogBuilder(PilotFields fields, Mapping mapping, Assignments assignments) {
    this.fields = fields;
    this.mapping = mapping;
    this.assignments = assignments;
    this.classifier = new Classifier(fields);
  }

  /** A sink for one input file's records; {@code kind} is {@code power} or {@code service} for the report. */
  public RecordSink sink(String file, String kind) {
    Map<String, Integer> categories = new TreeMap<>(Comparator.comparingInt((String c) -> mapping.order(c))
        .thenComparing(Comparator.naturalOrder()));
    int index = files.size();
    files.add(new FileStats(file, kind, 0, categories, null, null, null));
    return new RecordSink() {
      private int rows;

      @Override
      public void table(String sheet, TableHeader header) {}

      @Override
      public void record(Record record) {
        rows++;
        files.set(index, new FileStats(file, kind, rows, categories, null, null, null));
        if (record instanceof PowerRecord p) {
          power(p, categories);
        } else if (record instanceof ServiceRecord s) {
          service(s, categories);
        } else if (record instanceof CatalogItem c) {
          skipped.add(new SkippedRow(source(c.location()), c.label(), "build.skip.not-a-list", null));
          categories.merge("?", 1, Integer::sum);
        }
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {}
    };
  }

  /** Records an input that could not be read at all. */
  public void failed(String file, String kind, String errorKey, String place, Object... args) {
    files.add(new FileStats(file, kind, 0, Map.of(), errorKey, place, args));
  }

  private static SourceRow source(org.gkml.model.Location l) {
    return new SourceRow(l.file(), l.sheet(), l.row() > 0 ? l.row() : l.line());
  }

  private void power(PowerRecord p, Map<String, Integer> categories) {
    SourceRow row = source(p.location());
    String written = clean(p.category().text());
    categories.merge(written.isEmpty() ? "（空）" : written, 1, Integer::sum);
    String name = clean(p.name().text());
    if (name.isEmpty()) {
      skipped.add(new SkippedRow(row, "", "build.skip.no-name", null));
      return;
    }
    Mapping.Category category = mapping.categoryOf(written);
    if (category == null) {
      skipped.add(new SkippedRow(row, name, written.isEmpty() ? "build.skip.no-category" : "build.skip.category", written));
      return;
    }
    String owner = clean(p.subject().isPresent() ? p.subject().text() : p.agency().text());
    add(row, name, owner, category, true, p.basis());
  }

  private void service(ServiceRecord s, Map<String, Integer> categories) {
    SourceRow row = source(s.location());
    String written = clean(s.category().text());
    Mapping.Category category = written.isEmpty() ? null : mapping.categoryOf(written);
    if (category == null) {
      category = mapping.category(Mapping.SERVICE);
    }
    categories.merge(category == null ? Mapping.SERVICE : category.name(), 1, Integer::sum);
    String name = clean(s.name().text());
    if (name.isEmpty()) {
      skipped.add(new SkippedRow(row, "", "build.skip.no-name", null));
      return;
    }
    if (category == null) {
      skipped.add(new SkippedRow(row, name, "build.skip.category", Mapping.SERVICE));
      return;
    }
    add(row, name, clean(s.subject().text()), category, false, s.basis());
  }

  private void add(SourceRow row, String name, String owner, Mapping.Category category, boolean power, Element basis) {
    String key = matterKey(name) + "\u0001" + ownerKey(owner);
    MatterDraft m = matters.computeIfAbsent(key, k -> new MatterDraft(name));
    if (m.sources.isEmpty() || (power && !m.fromPower)) {
      // A power row sets the category: its mapping says more than the service list's 服务指南.
      m.category = category;
      m.fromPower = power;
    }
    if ((m.owner == null || m.owner.isEmpty()) && !owner.isEmpty()) {
      m.owner = owner;
    }
    m.sources.add(row);
    m.basis.addAll(citations(basis.text()));
  }

  /** Builds the catalogs; {@code region} null derives it from the owners. */
  public BuildResult build(String region) {
    Map<PilotField, List<MatterDraft>> byField = new LinkedHashMap<>();
    for (PilotField f : fields.all()) {
      byField.put(f, new ArrayList<>());
    }
    Map<MatterDraft, Classification> classified = new HashMap<>();
    for (MatterDraft m : matters.values()) {
      Classification c = classify(m);
      classified.put(m, c);
      if (c.classified()) {
        byField.get(c.field()).add(m);
      }
    }
    Map<PilotField, List<DisclosureItem>> catalogs = new LinkedHashMap<>();
    Map<MatterDraft, List<String>> ids = new HashMap<>();
    for (Map.Entry<PilotField, List<MatterDraft>> e : byField.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      List<DisclosureItem> items = new ArrayList<>();
      Set<String> repeatedTopics = repeated(e.getValue());
      for (MatterDraft m : e.getValue()) {
        String topic = repeatedTopics.contains(Classifier.norm(m.name)) && m.owner != null && !m.owner.isEmpty()
            ? m.name + "（" + m.owner + "）" : m.name;
        List<String> mine = new ArrayList<>();
        for (Mapping.ItemTemplate t : m.category.items()) {
          String id = String.format("%s-%03d", e.getKey().code(), items.size() + 1);
          mine.add(id);
          items.add(new DisclosureItem(id, topic, t.item(), t.content(), basis(m, t), t.deadline(),
              m.owner == null ? "" : m.owner, t.channels(), t.audience(), t.mode(), levels(m.owner),
              m.category.name(), List.copyOf(m.sources)));
        }
        ids.put(m, mine);
      }
      catalogs.put(e.getKey(), List.copyOf(items));
    }
    List<Matter> all = new ArrayList<>();
    List<Matter> unclassified = new ArrayList<>();
    for (MatterDraft m : matters.values()) {
      Matter matter = new Matter(m.name, m.owner == null ? "" : m.owner, m.category.name(), List.copyOf(m.sources),
          classified.get(m), ids.getOrDefault(m, List.of()));
      all.add(matter);
      if (!matter.classification().classified()) {
        unclassified.add(matter);
      }
    }
    return new BuildResult(region != null && !region.isBlank() ? region.strip() : region(), List.copyOf(files), catalogs,
        all, unclassified, List.copyOf(skipped));
  }

  private Classification classify(MatterDraft m) {
    Assignments.Entry pin = assignments.pin(m.name, m.sources);
    if (pin != null) {
      return new Classification(pin.field(), 1.0, "build.reason.assigned",
          assignments.source() + ":" + pin.line(), List.of());
    }
    return classifier.classify(m.name, m.owner, m.category.name());
  }

  private static Set<String> repeated(List<MatterDraft> list) {
    Map<String, Integer> counts = new HashMap<>();
    for (MatterDraft m : list) {
      counts.merge(Classifier.norm(m.name), 1, Integer::sum);
    }
    Set<String> out = new LinkedHashSet<>();
    counts.forEach((k, v) -> {
      if (v > 1) {
        out.add(k);
      }
    });
    return out;
  }

  /** The rows' own citations first, then what the mapping adds, each once. */
  private List<String> basis(MatterDraft m, Mapping.ItemTemplate t) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String b : m.basis) {
      out.putIfAbsent(Classifier.norm(b), b);
    }
    for (String b : t.basis()) {
      out.putIfAbsent(Classifier.norm(b), b);
    }
    for (String b : mapping.basis()) {
      out.putIfAbsent(Classifier.norm(b), b);
    }
    return List.copyOf(out.values());
  }

  private static final Pattern TOWN = Pattern.compile("乡镇|街道|[乡镇](人民)?政府|办事处|村民委员会|居民委员会|村委会|居委会");

  /**
   * 公开层级 from the owner: a township or street office (青石镇人民政府, 城关街道办事处, 各乡镇) → 乡级, any other
   * body → 县级; several owners (joined by ；) give both. No owner: the mapping's default.
   */
  List<String> levels(String owner) {
    if (owner == null || owner.isBlank()) {
      return mapping.defaultLevels();
    }
    boolean county = false;
    boolean town = false;
    for (String part : owner.split("[；;、，,\\n]")) {
      String p = withoutBrackets(part).strip();
      if (p.isEmpty()) {
        continue;
      }
      if (TOWN.matcher(p).find()) {
        town = true;
      } else {
        county = true;
      }
    }
    List<String> out = new ArrayList<>();
    if (county || !town) {
      out.add("县级");
    }
    if (town) {
      out.add("乡级");
    }
    return List.copyOf(out);
  }

  /** The region most owners start with (清溪县民政局 → 清溪县); empty if none does. */
  private String region() {
    Pattern p = Pattern.compile("^(\\p{IsHan}{2,6}?(?:自治县|自治旗|县|区|市|旗))");
    Map<String, Integer> counts = new TreeMap<>();
    for (MatterDraft m : matters.values()) {
      if (m.owner != null) {
        Matcher x = p.matcher(m.owner);
        if (x.find()) {
          counts.merge(x.group(1), m.sources.size(), Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("");
  }

  /** Words that name the act rather than the matter: 失业保险金给付 and 失业保险金申领 are one matter. */
  private static final Pattern ACT_SUFFIX = Pattern.compile("(申请受理|申请审查|申请审核|受理|审查|审核|申领|申请|给付|发放|办理|金)$");

  static String matterKey(String name) {
    String k = Classifier.norm(name);
    for (int i = 0; i < 4; i++) {
      String shorter = ACT_SUFFIX.matcher(k).replaceFirst("");
      if (shorter.length() < 2 || shorter.equals(k)) {
        break;
      }
      k = shorter;
    }
    return k;
  }

  /** The owning body without the executing unit in brackets: 清溪县司法局（县法律援助中心） → 清溪县司法局. */
  static String ownerKey(String owner) {
    String first = owner.split("[；;]")[0];
    return Classifier.norm(withoutBrackets(first));
  }

  private static String withoutBrackets(String s) {
    return s.replaceAll("[（(][^）)]*[）)]", "");
  }

  /** Splits an 实施依据 cell into its citations (one per ； or line), as written. */
  static List<String> citations(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '《' || c == '（' || c == '(') {
        depth++;
      } else if ((c == '》' || c == '）' || c == ')') && depth > 0) {
        depth--;
      }
      if (depth == 0 && (c == '；' || c == ';' || c == '\n' || c == '\r')) {
        addCitation(out, cur);
        continue;
      }
      cur.append(c);
    }
    addCitation(out, cur);
    return out;
  }

  private static void addCitation(List<String> out, StringBuilder cur) {
    String s = Texts.strip(cur.toString()).replaceAll("^[0-9]+[.、．]\\s*", "").replaceAll("[。；;，,]+$", "");
    if (!s.isBlank()) {
      out.add(s.strip());
    }
    cur.setLength(0);
  }

  /** One line, outer blanks removed (names and owners never need line breaks). */
  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    return Texts.strip(s.replaceAll("\\s*[\\r\\n]+\\s*", ""));
  }
}
