package org.gkml.read.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.model.CatalogItem;
import org.gkml.model.Element;
import org.gkml.model.InputKind;
import org.gkml.model.Location;
import org.gkml.model.Origin;
import org.gkml.model.PowerRecord;
import org.gkml.model.ServiceRecord;
import org.gkml.model.TableHeader;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;
import org.gkml.read.CellRange;
import org.gkml.read.RecordSink;
import org.gkml.read.SheetVisitor;
import org.gkml.text.Texts;

/**
 * Turns the rows of each sheet into records: finds the header in the first rows, then reads every data row,
 * filling vertically merged cells and blank 一级事项 from above, resolving 同上, skipping blank rows, repeated
 * header rows and notes. Keeps only the previous row, so memory does not grow with the sheet.
 */
public final class TableReader implements SheetVisitor {

  private final String file;
  private final InputKind forcedKind;
  private final RecordSink sink;

  private String sheet;
  /** The sheet's location (row 0): the elements of its cells are placed in it. */
  private Location sheetPlace;
  private List<CellRange> merged;
  private int mergeCursor;
  private final List<ActiveMerge> activeMerges = new ArrayList<>();
  private final List<HeaderDetector.BufferedRow> buffer = new ArrayList<>();
  private Header header;
  private boolean skipped;
  private Set<String> headerKeys;
  /** The longest header key: a longer cell (blanks aside) cannot repeat the header, so no key is computed for it. */
  private int longestHeaderKey;
  /** The header's columns as arrays: every data row looks its cells up here. */
  private Layout layout;
  /** The previous data row's elements by column (同上 resolves against it). */
  private Element[] previous = new Element[0];
  /** Chars a header key can start with: a cell starting with any other cannot repeat the header. */
  private final BitSet headerKeyStarts = new BitSet();
  /** Channel cells already read, by text (one reader per file, one thread). */
  private final org.gkml.text.TextMemo<ChannelListReader.Reading> channelReadings = new org.gkml.text.TextMemo<>(1024);
  private Element previousTopic;

  private record ActiveMerge(CellRange range, Element value) {}

  public TableReader(String file, InputKind forcedKind, RecordSink sink) {
    this.file = file;
    this.forcedKind = forcedKind;
    this.sink = sink;
  }

  @Override
  public void startSheet(String name, List<CellRange> mergedRanges) {
    sheet = name;
    sheetPlace = Location.cell(file, name, 0, -1);
    merged = new ArrayList<>(mergedRanges);
    merged.sort(Comparator.comparingInt(CellRange::firstRow));
    mergeCursor = 0;
    activeMerges.clear();
    buffer.clear();
    header = null;
    skipped = false;
    previous = new Element[0];
    previousTopic = null;
  }

  @Override
  public void row(int rowNumber, String[] cells) {
    if (skipped) {
      return;
    }
    if (header == null) {
      buffer.add(new HeaderDetector.BufferedRow(rowNumber, cells));
      if (buffer.size() >= HeaderDetector.SEARCH_ROWS) {
        detectAndReplay();
      }
      return;
    }
    dataRow(rowNumber, cells);
  }

  @Override
  public void endSheet() {
    if (header == null && !skipped) {
      if (buffer.isEmpty()) {
        sink.sheetSkipped(sheet, "sheet.empty");
      } else {
        detectAndReplay();
      }
    }
    buffer.clear();
  }

  private void detectAndReplay() {
    header = HeaderDetector.detect(buffer, forcedKind);
    if (header == null) {
      skipped = true;
      sink.sheetSkipped(sheet, "sheet.no-header");
      buffer.clear();
      return;
    }
    headerKeys = new LinkedHashSet<>();
    longestHeaderKey = 0;
    headerKeyStarts.clear();
    for (String t : header.texts().values()) {
      for (String part : t.split("/")) {
        String key = Texts.headerKey(part);
        headerKeys.add(key);
        longestHeaderKey = Math.max(longestHeaderKey, key.length());
        if (!key.isEmpty()) {
          headerKeyStarts.set(key.charAt(0));
        }
      }
    }
    layout = new Layout(header);
    previous = new Element[layout.width];
    sink.table(sheet, new TableHeader(header.kind(), Location.cell(file, sheet, header.firstRow(), 0), columnsOf(header)));
    List<HeaderDetector.BufferedRow> rows = new ArrayList<>(buffer);
    buffer.clear();
    for (HeaderDetector.BufferedRow r : rows) {
      dataRow(r.number(), r.cells());
    }
  }

  private void dataRow(int rowNumber, String[] cells) {
    advanceMerges(rowNumber, cells);
    if (rowNumber <= header.lastRow() || isBlank(cells) || isRepeatedHeader(cells) || isNote(cells)) {
      return;
    }
    Element[] values = new Element[layout.width];
    for (int c : layout.columns) {
      values[c] = valueAt(rowNumber, c, cells);
    }
    switch (header.kind()) {
      case CATALOG -> sink.record(catalogItem(rowNumber, values));
      case POWER -> sink.record(powerRecord(rowNumber, values));
      case SERVICE -> sink.record(serviceRecord(rowNumber, values));
      default -> throw new IllegalStateException();
    }
    previous = values;
  }

  /** The element at one cell: written, filled from a vertical merge, or 同上 resolved against the row above. */
  private Element valueAt(int rowNumber, int c, String[] cells) {
    String raw = c < cells.length && cells[c] != null ? Texts.strip(cells[c]) : "";
    if (raw.isEmpty()) {
      for (ActiveMerge m : activeMerges) {
        if (m.range().firstCol() == c && m.range().firstRow() < rowNumber && m.range().contains(rowNumber, c)) {
          return m.value().with(m.value().text(), Origin.MERGED, true);
        }
      }
      return Element.atCell("", sheetPlace, rowNumber, c, Origin.MISSING, true);
    }
    if (isSameAsAbove(raw)) {
      Element above = previous[c];
      if (above != null && above.isPresent()) {
        return Element.atCell(above.text(), sheetPlace, rowNumber, c, Origin.SAME_AS_ABOVE, true);
      }
    }
    return Element.atCell(raw, sheetPlace, rowNumber, c, Origin.WRITTEN, true);
  }

  static boolean isSameAsAbove(String raw) {
    // Nearly every cell is decided here, after its first few chars: 同上栏。 has five that are not blanks.
    int marks = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (!Texts.isBlankChar(raw.charAt(i)) && ++marks > 5) {
        return false;
      }
    }
    if (marks < 2) {
      return false;
    }
    String k = Texts.compact(raw);
    if (k.endsWith("。") || k.endsWith(".")) {
      k = k.substring(0, k.length() - 1);
    }
    return k.equals("同上") || k.equals("同前") || k.equals("同上栏");
  }

  private void advanceMerges(int rowNumber, String[] cells) {
    activeMerges.removeIf(m -> m.range().lastRow() < rowNumber);
    while (mergeCursor < merged.size() && merged.get(mergeCursor).firstRow() <= rowNumber) {
      CellRange r = merged.get(mergeCursor++);
      if (r.firstRow() == rowNumber && r.lastRow() > r.firstRow() && r.firstCol() < cells.length
          && cells[r.firstCol()] != null && !cells[r.firstCol()].isBlank()) {
        activeMerges.add(new ActiveMerge(r,
            Element.atCell(Texts.strip(cells[r.firstCol()]), sheetPlace, rowNumber, r.firstCol(), Origin.WRITTEN, true)));
      }
    }
  }

  private boolean isBlank(String[] cells) {
    int[] columns = layout.columns;
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i];
      if (layout.roles[i] != Column.SEQ && c < cells.length && cells[c] != null && !Texts.isBlank(cells[c])) {
        return false;
      }
    }
    return true;
  }

  /** A header row repeated further down (tables pasted together, or printed with repeated titles). */
  private boolean isRepeatedHeader(String[] cells) {
    int same = 0;
    int filled = 0;
    for (String cell : cells) {
      if (Texts.hasText(cell)) {
        filled++;
        if (mayStartHeaderKey(cell) && !longerThanAnyHeaderKey(cell) && headerKeys.contains(Texts.headerKey(cell))) {
          same++;
        }
      }
    }
    return same >= 2 && same * 2 >= filled;
  }

  /** False when the cell's header key cannot start like any header key (most data cells: one char looked at). */
  private boolean mayStartHeaderKey(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Texts.isHeaderMarker(c)) {
        continue;
      }
      char n = Texts.normalChar(c);
      if (n != 0) {
        return headerKeyStarts.get(n);
      }
    }
    return false;
  }

  /**
   * True when the cell's header key would be longer than every header key: a count of the characters headerKey
   * always keeps (a lower bound of the key's length), stopping early. Most data cells are long, so this spares
   * a key per cell per row.
   */
  private boolean longerThanAnyHeaderKey(String cell) {
    int kept = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (!Texts.isBlankChar(c) && !Texts.isHeaderMarker(c) && c != ':' && c != '：' && ++kept > longestHeaderKey) {
        return true;
      }
    }
    return false;
  }

  /** A note under or inside the table: one cell, starting with 注 / 说明 / 备注 / 标准目录要素说明. */
  private static boolean isNote(String[] cells) {
    String only = null;
    for (String cell : cells) {
      if (Texts.hasText(cell)) {
        if (only != null) {
          return false;
        }
        only = Texts.strip(cell);
      }
    }
    return only != null && only.matches("^(注|说明|备注|填表说明|标准目录要素说明|附注)[:：0-9一、.\\s].*|^(注|说明)$");
  }

  private Element get(Element[] values, Column role, int rowNumber) {
    int c = layout.columnOf[role.ordinal()];
    if (c < 0) {
      return Element.atCell("", sheetPlace, rowNumber, -1, Origin.MISSING, false);
    }
    return values[c];
  }

  private CatalogItem catalogItem(int rowNumber, Element[] values) {
    Element topic = get(values, Column.TOPIC, rowNumber);
    Element item = joinLevels(values, rowNumber);
    if (topic.isBlank() && topic.columnPresent() && previousTopic != null && item.isPresent()) {
      topic = previousTopic.with(previousTopic.text(), Origin.FILLED_DOWN, true);
    }
    if (topic.isPresent()) {
      previousTopic = topic;
    }
    Element channelCell = get(values, Column.CHANNEL, rowNumber);
    return new CatalogItem(
        null,
        Location.cell(file, sheet, rowNumber, 0),
        topic,
        item,
        get(values, Column.CONTENT, rowNumber),
        basisLines(get(values, Column.BASIS, rowNumber)),
        get(values, Column.DEADLINE, rowNumber),
        get(values, Column.OWNER, rowNumber),
        ChannelListReader.read(channelCell, channelReadings),
        ticks(values, Column.AUDIENCE_GROUP, rowNumber),
        ticks(values, Column.MODE_GROUP, rowNumber),
        ticks(values, Column.LEVEL_GROUP, rowNumber));
  }

  /**
   * A 公开依据 cell with one basis per line is a list of bases, as in the YAML format (and as
   * {@link CatalogItem#basisText()} joins them again); each keeps the cell's place. A line break inside 《》 is a
   * wrapped title, not a new basis.
   */
  static List<Element> basisLines(Element cell) {
    String text = cell.text();
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return List.of(cell);
    }
    List<Element> lines = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '《') {
        depth++;
      } else if (c == '》' && depth > 0) {
        depth--;
      } else if ((c == '\n' || c == '\r') && (depth == 0 || i == text.length())) {
        String t = Texts.strip(text.substring(start, i));
        if (!t.isEmpty()) {
          lines.add(cell.with(t, cell.origin(), cell.columnPresent()));
        }
        start = i + 1;
      }
    }
    return lines.size() <= 1 ? List.of(cell) : List.copyOf(lines);
  }

  /** 二级 (and 三级, 四级 where a catalog has them) joined into one item name: 二级/三级. */
  private Element joinLevels(Element[] values, int rowNumber) {
    Element item = get(values, Column.ITEM, rowNumber);
    if (layout.columnOf[Column.ITEM3.ordinal()] < 0 && layout.columnOf[Column.ITEM4.ordinal()] < 0) {
      return item; // the national template: 二级 is the deepest level
    }
    Element deepest = item;
    StringBuilder name = new StringBuilder(item.text());
    for (Column deeper : List.of(Column.ITEM3, Column.ITEM4)) {
      Element e = get(values, deeper, rowNumber);
      if (e.isPresent()) {
        if (name.length() > 0) {
          name.append('/');
        }
        name.append(e.text());
        deepest = e;
      }
    }
    if (deepest == item) {
      return item;
    }
    return deepest.with(name.toString(), deepest.origin(), true);
  }

  /** A tick group from its tick columns, or from a single text column that names the options. */
  private TickGroup ticks(Element[] values, Column group, int rowNumber) {
    int[] tickColumns = layout.tickColumns[group.ordinal()];
    Column[] tickRoles = layout.tickRoles[group.ordinal()];
    if (tickColumns.length == 0) {
      return ticksInText(values, group, rowNumber);
    }
    // none, one or two ticks nearly always (three groups per row): kept in locals, not in a list made to be copied
    Tick first = null;
    Tick second = null;
    List<Tick> more = null;
    for (int i = 0; i < tickColumns.length; i++) {
      Column role = tickRoles[i];
      Element cell = values[tickColumns[i]];
      TickReader.Reading r = TickReader.read(cell.text(), role.option());
      if (r.chosen()) {
        Tick t = new Tick(role.option(), cell, r.kind() == TickReader.Kind.TEXT, r.detail());
        if (first == null) {
          first = t;
        } else if (second == null) {
          second = t;
        } else {
          if (more == null) {
            more = new ArrayList<>(List.of(first, second));
          }
          more.add(t);
        }
      }
    }
    List<Tick> ticks = more != null ? List.copyOf(more)
        : second != null ? List.of(first, second)
        : first != null ? List.of(first)
        : List.of();
    return new TickGroup(ticks, Location.cell(file, sheet, rowNumber, tickColumns[0]), true);
  }

  /** A tick group written as words in one column (公开方式: 主动公开). */
  private TickGroup ticksInText(Element[] values, Column group, int rowNumber) {
    int textColumn = layout.columnOf[group.ordinal()];
    if (textColumn < 0) {
      return new TickGroup(List.of(), Location.cell(file, sheet, rowNumber, -1), false);
    }
    Element cell = values[textColumn];
    List<Tick> ticks = new ArrayList<>(2);
    for (String option : TickReader.optionsInText(cell.text(), group)) {
      String detail = "特定群体".equals(option) ? TickReader.groupName(Texts.compact(cell.text()), option) : null;
      ticks.add(new Tick(option, cell, false, detail));
    }
    return new TickGroup(List.copyOf(ticks), cell.location(), true);
  }

  /** A header's columns as arrays, in the header's column order, for the per-row lookups. */
  private static final class Layout {
    final int[] columns;
    final Column[] roles;
    /** The column of each role (by ordinal), -1 where the header has none; the first where a role repeats. */
    final int[] columnOf;
    /** Per tick group (by ordinal): its tick columns and their roles, in column order. */
    final int[][] tickColumns;
    final Column[][] tickRoles;
    final int width;

    Layout(Header h) {
      int n = h.columns().size();
      columns = new int[n];
      roles = new Column[n];
      columnOf = new int[Column.values().length];
      Arrays.fill(columnOf, -1);
      int i = 0;
      int max = -1;
      for (Map.Entry<Integer, Column> e : h.columns().entrySet()) {
        columns[i] = e.getKey();
        roles[i] = e.getValue();
        if (columnOf[roles[i].ordinal()] < 0) {
          columnOf[roles[i].ordinal()] = columns[i];
        }
        max = Math.max(max, columns[i]);
        i++;
      }
      width = max + 1;
      tickColumns = new int[Column.values().length][];
      tickRoles = new Column[Column.values().length][];
      for (Column g : Column.values()) {
        List<Integer> cols = new ArrayList<>();
        List<Column> rs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          if (roles[k].isTick() && roles[k].group() == g) {
            cols.add(columns[k]);
            rs.add(roles[k]);
          }
        }
        tickColumns[g.ordinal()] = cols.stream().mapToInt(Integer::intValue).toArray();
        tickRoles[g.ordinal()] = rs.toArray(new Column[0]);
      }
    }
  }

  private PowerRecord powerRecord(int rowNumber, Element[] v) {
    return new PowerRecord(
        Location.cell(file, sheet, rowNumber, 0),
        get(v, Column.P_CODE, rowNumber), get(v, Column.P_CATEGORY, rowNumber), get(v, Column.P_NAME, rowNumber),
        get(v, Column.P_SUBITEM, rowNumber), get(v, Column.P_BASIS, rowNumber), get(v, Column.P_SUBJECT, rowNumber),
        get(v, Column.P_AGENCY, rowNumber), get(v, Column.P_DUTY, rowNumber), get(v, Column.P_LEVEL, rowNumber),
        get(v, Column.P_DEADLINE, rowNumber), get(v, Column.P_REMARK, rowNumber));
  }

  private ServiceRecord serviceRecord(int rowNumber, Element[] v) {
    return new ServiceRecord(
        Location.cell(file, sheet, rowNumber, 0),
        get(v, Column.S_NAME, rowNumber), get(v, Column.S_CATEGORY, rowNumber), get(v, Column.S_TARGET, rowNumber),
        get(v, Column.S_BASIS, rowNumber), get(v, Column.S_DEADLINE, rowNumber), get(v, Column.S_SUBJECT, rowNumber),
        get(v, Column.S_PLACE, rowNumber), get(v, Column.S_PHONE, rowNumber), get(v, Column.S_SUPERVISION, rowNumber),
        get(v, Column.S_FEE, rowNumber), get(v, Column.S_REMARK, rowNumber));
  }

  /** The element names a header has columns for, as {@link TableHeader} reports them. */
  static Set<String> columnsOf(Header h) {
    Map<Column, String> names = new EnumMap<>(Column.class);
    names.put(Column.TOPIC, "name");
    names.put(Column.ITEM, "name");
    names.put(Column.CONTENT, "content");
    names.put(Column.BASIS, "basis");
    names.put(Column.DEADLINE, "deadline");
    names.put(Column.OWNER, "owner");
    names.put(Column.CHANNEL, "channel");
    for (Column c : List.of(Column.AUDIENCE_GROUP, Column.AUDIENCE_ALL, Column.AUDIENCE_SPECIFIC)) {
      names.put(c, "audience");
    }
    for (Column c : List.of(Column.MODE_GROUP, Column.MODE_ACTIVE, Column.MODE_REQUEST)) {
      names.put(c, "mode");
    }
    for (Column c : List.of(Column.LEVEL_GROUP, Column.LEVEL_COUNTY, Column.LEVEL_TOWN, Column.LEVEL_VILLAGE)) {
      names.put(c, "level");
    }
    names.put(Column.P_CODE, "code");
    names.put(Column.P_CATEGORY, "category");
    names.put(Column.P_NAME, "name");
    names.put(Column.P_SUBITEM, "subitem");
    names.put(Column.P_BASIS, "basis");
    names.put(Column.P_SUBJECT, "subject");
    names.put(Column.P_AGENCY, "agency");
    names.put(Column.P_DUTY, "duty");
    names.put(Column.P_LEVEL, "level");
    names.put(Column.P_DEADLINE, "deadline");
    names.put(Column.S_NAME, "name");
    names.put(Column.S_CATEGORY, "category");
    names.put(Column.S_TARGET, "target");
    names.put(Column.S_BASIS, "basis");
    names.put(Column.S_DEADLINE, "deadline");
    names.put(Column.S_SUBJECT, "subject");
    names.put(Column.S_PLACE, "place");
    names.put(Column.S_PHONE, "phone");
    names.put(Column.S_SUPERVISION, "supervision");
    names.put(Column.S_FEE, "fee");
    Set<String> present = new LinkedHashSet<>();
    for (Column c : h.roles()) {
      String n = names.get(c);
      if (n != null) {
        present.add(n);
      }
    }
    return present;
  }
}
