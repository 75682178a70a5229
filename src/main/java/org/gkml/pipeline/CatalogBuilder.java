package org.gkml.pipeline;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
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

  /**
   * How many skipped rows the report lists by place; all are counted. A list where every row lacks its 职权类型
   * would otherwise give a report as long as the list, and the first thousand show the pattern.
   */
  public static final int MAX_SKIPPED_LISTED = 1000;

  private final PilotFields fields;
  private final Mapping mapping;
  private final Assignments assignments;
  private final Classifier classifier;
  private final int maxSkippedListed;

  private final List<FileCount> files = new ArrayList<>();
  /** Matter key → index in {@link #drafts}; the drafts keep the order of first appearance. */
  private final MatterIndex matterIndex = new MatterIndex();
  private final List<MatterDraft> drafts = new ArrayList<>();
  private final List<SkippedRow> skipped = new ArrayList<>();
  private int skippedRows;
  /** Owners, citations and basis lists repeat across thousands of rows: each distinct one is kept once. */
  private final Map<Object, Object> pool = new HashMap<>();
  private final SourceTable sources = new SourceTable();

  /** One input: its rows and the rows per category as written, or why it could not be read. */
  private static final class FileCount {
    final String file;
    final String kind;
    int rows;
    final Map<String, int[]> categories = new HashMap<>();
    FileStats failed;

    FileCount(String file, String kind) {
      this.file = file;
      this.kind = kind;
    }
  }

  /**
   * The (file, sheet) pairs rows come from, numbered, so that a matter keeps each of its rows as one {@code long}
   * (pair number and row number) instead of a {@link SourceRow} object.
   */
  static final class SourceTable {
    private final List<SourceRow> origins = new ArrayList<>();
    private int last = -1;

    long encode(String file, String sheet, int row) {
      if (last < 0 || !same(origins.get(last), file, sheet)) {
        last = -1;
        for (int i = 0; i < origins.size(); i++) {
          if (same(origins.get(i), file, sheet)) {
            last = i;
            break;
          }
        }
        if (last < 0) {
          origins.add(new SourceRow(file, sheet, 0));
          last = origins.size() - 1;
        }
      }
      return ((long) last << 32) | (row & 0xffffffffL);
    }

    SourceRow decode(long packed) {
      SourceRow o = origins.get((int) (packed >>> 32));
      return new SourceRow(o.file(), o.sheet(), (int) packed);
    }

    private static boolean same(SourceRow o, String file, String sheet) {
      return o.file().equals(file) && Objects.equals(o.sheet(), sheet);
    }
  }

  /**
   * A matter being gathered, kept small since a county's list has one per row: the first row gives name, owner and
   * category; later rows add their row and citations. Rows are packed by {@link SourceTable}; the first one inline.
   */
  static final class MatterDraft {
    final String name;
    /** The owner the first row gave, blank or not: with the name it makes the matter's key. */
    final String keyOwner;
    String owner;
    Mapping.Category category;
    boolean fromPower;
    int rowCount;
    long firstRow;
    long[] moreRows;
    /** The citations of all rows, each once, in order: a pooled immutable list. */
    List<String> basis = List.of();
    /** Set by {@link #build}: the classification (pooled), the field's index and the number of its first item. */
    Classification classification;
    int field = -1;
    int firstItem;
    boolean ownerInTopic;

    MatterDraft(String name, String keyOwner) {
      this.name = name;
      this.keyOwner = keyOwner;
    }

    String key() {
      return matterKey(name, keyOwner);
    }

    void addRow(long packed) {
      if (rowCount == 0) {
        firstRow = packed;
      } else {
        if (moreRows == null) {
          moreRows = new long[2];
        } else if (moreRows.length < rowCount) {
          moreRows = Arrays.copyOf(moreRows, moreRows.length * 2);
        }
        moreRows[rowCount - 1] = packed;
      }
      rowCount++;
    }

    long row(int i) {
      return i == 0 ? firstRow : moreRows[i - 1];
    }
  }

  public CatalogBuilder(PilotFields fields, Mapping mapping, Assignments assignments) {
    this(fields, mapping, assignments, MAX_SKIPPED_LISTED);
  }

  /** With {@code maxSkippedListed} skipped rows kept for the report (all are counted). */
  public CatalogBuilder(PilotFields fields, Mapping mapping, Assignments assignments, int maxSkippedListed) {
    this.fields = fields;
    this.mapping = mapping;
    this.assignments = assignments;
    this.classifier = new Classifier(fields);
    this.maxSkippedListed = maxSkippedListed;
  }

  /** A sink for one input file's records; {@code kind} is {@code power} or {@code service} for the report. */
  public RecordSink sink(String file, String kind) {
    FileCount count = new FileCount(file, kind);
    files.add(count);
    return new RecordSink() {
      @Override
      public void table(String sheet, TableHeader header) {}

      @Override
      public void record(Record record) {
        count.rows++;
        if (record instanceof PowerRecord p) {
          power(p, count);
        } else if (record instanceof ServiceRecord s) {
          service(s, count);
        } else if (record instanceof CatalogItem c) {
          skip(row(c.location()), c.label(), "build.skip.not-a-list", null);
          tally(count, "?");
        }
      }

      @Override
      public void sheetSkipped(String sheet, String reasonKey) {}
    };
  }

  /** Records an input that could not be read at all. */
  public void failed(String file, String kind, String errorKey, String place, Object... args) {
    FileCount count = new FileCount(file, kind);
    count.failed = new FileStats(file, kind, 0, Map.of(), errorKey, place, args);
    files.add(count);
  }

  private static void tally(FileCount count, String category) {
    count.categories.computeIfAbsent(category, k -> new int[1])[0]++;
  }

  private long row(org.gkml.model.Location l) {
    return sources.encode(l.file(), l.sheet(), l.row() > 0 ? l.row() : l.line());
  }

  private void skip(long row, String name, String reasonKey, String value) {
    skippedRows++;
    if (skipped.size() < maxSkippedListed) {
      skipped.add(new SkippedRow(sources.decode(row), name, reasonKey, value));
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T pooled(T value) {
    Object known = pool.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }

  private void power(PowerRecord p, FileCount count) {
    long row = row(p.location());
    String written = clean(p.category().text());
    tally(count, written.isEmpty() ? "（空）" : written);
    String name = clean(p.name().text());
    if (name.isEmpty()) {
      skip(row, "", "build.skip.no-name", null);
      return;
    }
    Mapping.Category category = mapping.categoryOf(written);
    if (category == null) {
      skip(row, name, written.isEmpty() ? "build.skip.no-category" : "build.skip.category", written);
      return;
    }
    String owner = clean(p.subject().isPresent() ? p.subject().text() : p.agency().text());
    add(row, name, owner, category, true, p.basis());
  }

  private void service(ServiceRecord s, FileCount count) {
    long row = row(s.location());
    String written = clean(s.category().text());
    Mapping.Category category = written.isEmpty() ? null : mapping.categoryOf(written);
    if (category == null) {
      category = mapping.category(Mapping.SERVICE);
    }
    tally(count, category == null ? Mapping.SERVICE : category.name());
    String name = clean(s.name().text());
    if (name.isEmpty()) {
      skip(row, "", "build.skip.no-name", null);
      return;
    }
    if (category == null) {
      skip(row, name, "build.skip.category", Mapping.SERVICE);
      return;
    }
    add(row, name, clean(s.subject().text()), category, false, s.basis());
  }

  private void add(long row, String name, String owner, Mapping.Category category, boolean power, Element basis) {
    String key = matterKey(name, owner);
    long hash = hash64(key);
    int index = matterIndex.find(hash, key);
    MatterDraft m;
    if (index < 0) {
      m = new MatterDraft(name, pooled(owner));
      matterIndex.add(hash, drafts.size());
      drafts.add(m);
    } else {
      m = drafts.get(index);
    }
    if (m.rowCount == 0 || (power && !m.fromPower)) {
      // A power row sets the category: its mapping says more than the service list's 服务指南.
      m.category = category;
      m.fromPower = power;
    }
    if ((m.owner == null || m.owner.isEmpty()) && !owner.isEmpty()) {
      m.owner = pooled(owner);
    }
    m.addRow(row);
    List<String> cited = citations(basis.text());
    if (!cited.isEmpty() && !m.basis.containsAll(cited)) {
      List<String> merged = new ArrayList<>(m.basis);
      for (String c : cited) {
        if (!merged.contains(c)) {
          merged.add(pooled(c));
        }
      }
      m.basis = pooled(List.copyOf(merged));
    }
  }

  /** Builds the catalogs; {@code region} null derives it from the owners. Call once, after all rows are in. */
  public BuildResult build(String region) {
    List<PilotField> all = fields.all();
    Map<PilotField, Integer> fieldIndex = new HashMap<>();
    List<IntList> byField = new ArrayList<>();
    for (PilotField f : all) {
      fieldIndex.put(f, byField.size());
      byField.add(new IntList());
    }
    IntList unclassified = new IntList();
    for (int i = 0; i < drafts.size(); i++) {
      MatterDraft m = drafts.get(i);
      Classification c = pooled(classify(m));
      m.classification = c;
      if (c.classified()) {
        m.field = fieldIndex.get(c.field());
        byField.get(m.field).add(i);
      } else {
        unclassified.add(i);
      }
    }
    Map<PilotField, List<DisclosureItem>> catalogs = new LinkedHashMap<>();
    Map<PilotField, List<Matter>> classified = new LinkedHashMap<>();
    for (int f = 0; f < all.size(); f++) {
      int[] members = byField.get(f).toArray();
      if (members.length == 0) {
        continue;
      }
      markRepeatedTopics(members);
      int[] starts = new int[members.length + 1];
      for (int j = 0; j < members.length; j++) {
        MatterDraft m = drafts.get(members[j]);
        m.firstItem = starts[j];
        starts[j + 1] = starts[j] + m.category.items().size();
      }
      catalogs.put(all.get(f), new FieldItems(all.get(f), members, starts));
      classified.put(all.get(f), new Matters(members));
    }
    List<FileStats> stats = new ArrayList<>();
    for (FileCount c : files) {
      stats.add(c.failed != null ? c.failed : new FileStats(c.file, c.kind, c.rows, categories(c), null, null, null));
    }
    int[] everyMatter = new int[drafts.size()];
    for (int i = 0; i < everyMatter.length; i++) {
      everyMatter[i] = i;
    }
    return new BuildResult(region != null && !region.isBlank() ? region.strip() : region(), List.copyOf(stats),
        catalogs, new Matters(everyMatter), new Matters(unclassified.toArray()), List.copyOf(skipped), classified,
        skippedRows);
  }

  private Map<String, Integer> categories(FileCount c) {
    Map<String, Integer> out = new TreeMap<>(Comparator.comparingInt((String k) -> mapping.order(k))
        .thenComparing(Comparator.naturalOrder()));
    c.categories.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  static String matterKey(String name, String owner) {
    return matterKey(name) + "\u0001" + ownerKey(owner);
  }

  /**
   * Matter keys → matter numbers, holding only a 64-bit hash of each key: a list gives one matter per row, and its
   * keys as strings would be the largest thing a build keeps. A hash found is confirmed by remaking that matter's key
   * from its name and first owner, so two keys that share a hash stay two matters.
   */
  private final class MatterIndex {
    private long[] hashes = new long[1 << 10];
    private int[] numbers = new int[1 << 10]; // matter number + 1; 0 = empty slot
    private int size;

    int find(long hash, String key) {
      int mask = hashes.length - 1;
      for (int s = slot(hash, mask); numbers[s] != 0; s = (s + 1) & mask) {
        if (hashes[s] == hash && drafts.get(numbers[s] - 1).key().equals(key)) {
          return numbers[s] - 1;
        }
      }
      return -1;
    }

    void add(long hash, int number) {
      if (2 * (size + 1) > hashes.length) {
        long[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        hashes = new long[oldHashes.length * 2];
        numbers = new int[oldNumbers.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
          if (oldNumbers[i] != 0) {
            put(oldHashes[i], oldNumbers[i]);
          }
        }
      }
      put(hash, number + 1);
      size++;
    }

    private void put(long hash, int stored) {
      int mask = hashes.length - 1;
      int s = slot(hash, mask);
      while (numbers[s] != 0) {
        s = (s + 1) & mask;
      }
      hashes[s] = hash;
      numbers[s] = stored;
    }

    private int slot(long hash, int mask) {
      return (int) (hash ^ (hash >>> 29)) & mask;
    }
  }

  /** A growable list of ints (matter numbers), four bytes each. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * Within one field, a name that several matters share (the same 职权名称 from two departments) gets its owner in
   * the topic. Names are compared by a 64-bit hash first and only the few that share one are compared as text, so
   * that this needs eight bytes per matter rather than a map of every name.
   */
  private void markRepeatedTopics(int[] members) {
    long[] hashes = new long[members.length];
    for (int j = 0; j < members.length; j++) {
      hashes[j] = hash64(Classifier.norm(drafts.get(members[j]).name));
    }
    long[] sorted = hashes.clone();
    Arrays.sort(sorted);
    Set<Long> shared = new HashSet<>();
    for (int j = 1; j < sorted.length; j++) {
      if (sorted[j] == sorted[j - 1]) {
        shared.add(sorted[j]);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int j = 0; j < members.length; j++) {
      if (shared.contains(hashes[j])) {
        counts.merge(Classifier.norm(drafts.get(members[j]).name), 1, Integer::sum);
      }
    }
    for (int j = 0; j < members.length; j++) {
      MatterDraft m = drafts.get(members[j]);
      m.ownerInTopic = shared.contains(hashes[j]) && counts.get(Classifier.norm(m.name)) > 1
          && m.owner != null && !m.owner.isEmpty();
    }
  }

  private static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The rows of a matter, as {@link SourceRow}s made when asked for. */
  private List<SourceRow> rowsOf(MatterDraft m) {
    return new AbstractList<>() {
      @Override
      public SourceRow get(int i) {
        Objects.checkIndex(i, m.rowCount);
        return sources.decode(m.row(i));
      }

      @Override
      public int size() {
        return m.rowCount;
      }
    };
  }

  private static String itemId(PilotField field, int number) {
    return String.format("%s-%03d", field.code(), number);
  }

  private Matter matter(MatterDraft m) {
    List<String> ids = List.of();
    if (m.field >= 0) {
      PilotField f = fields.all().get(m.field);
      int count = m.category.items().size();
      ids = new AbstractList<>() {
        @Override
        public String get(int k) {
          Objects.checkIndex(k, count);
          return itemId(f, m.firstItem + k + 1);
        }

        @Override
        public int size() {
          return count;
        }
      };
    }
    return new Matter(m.name, m.owner == null ? "" : m.owner, m.category.name(), rowsOf(m), m.classification, ids);
  }

  /** Matters by number, made when asked for: the report walks them once, nothing keeps them. */
  private final class Matters extends AbstractList<Matter> implements RandomAccess {
    private final int[] members;

    Matters(int[] members) {
      this.members = members;
    }

    @Override
    public Matter get(int i) {
      return matter(drafts.get(members[i]));
    }

    @Override
    public int size() {
      return members.length;
    }
  }

  /**
   * The items of one field's catalog, made when asked for from the matters and their category's templates:
   * {@code starts[j]} is the number of items before matter {@code members[j]}.
   */
  private final class FieldItems extends AbstractList<DisclosureItem> implements RandomAccess {
    private final PilotField field;
    private final int[] members;
    private final int[] starts;

    FieldItems(PilotField field, int[] members, int[] starts) {
      this.field = field;
      this.members = members;
      this.starts = starts;
    }

    @Override
    public DisclosureItem get(int i) {
      Objects.checkIndex(i, size());
      int j = Arrays.binarySearch(starts, i);
      if (j < 0) {
        j = -j - 2;
      } else {
        while (starts[j + 1] == i) { // never: every category has items; kept for a mapping that might not
          j++;
        }
      }
      MatterDraft m = drafts.get(members[j]);
      Mapping.ItemTemplate t = m.category.items().get(i - starts[j]);
      String topic = m.ownerInTopic ? m.name + "（" + m.owner + "）" : m.name;
      return new DisclosureItem(itemId(field, i + 1), topic, t.item(), t.content(), basis(m, t), t.deadline(),
          m.owner == null ? "" : m.owner, t.channels(), t.audience(), t.mode(), levels(m.owner), m.category.name(),
          rowsOf(m));
    }

    @Override
    public int size() {
      return starts[starts.length - 1];
    }
  }

  private Classification classify(MatterDraft m) {
    Assignments.Entry pin = assignments.pin(m.name, rowsOf(m));
    if (pin != null) {
      return new Classification(pin.field(), 1.0, "build.reason.assigned",
          assignments.source() + ":" + pin.line(), List.of());
    }
    return classifier.classify(m.name, m.owner, m.category.name());
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
    // Owners are few and pooled; every item of every matter asks.
    return levelsByOwner.computeIfAbsent(owner, this::levelsOf);
  }

  private final Map<String, List<String>> levelsByOwner = new HashMap<>();

  private List<String> levelsOf(String owner) {
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
    Map<String, Integer> rowsByOwner = new HashMap<>();
    for (MatterDraft m : drafts) {
      if (m.owner != null) {
        rowsByOwner.merge(m.owner, m.rowCount, Integer::sum);
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    rowsByOwner.forEach((owner, rows) -> {
      Matcher x = p.matcher(owner);
      if (x.find()) {
        counts.merge(x.group(1), rows, Integer::sum);
      }
    });
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
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return Texts.strip(s);
    }
    return Texts.strip(s.replaceAll("\\s*[\\r\\n]+\\s*", ""));
  }
}
