package org.gkml.read.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gkml.model.InputKind;
import org.gkml.text.Texts;

/**
 * Finds the header of a table among its first rows: one row, or the national template's two rows (公开对象 over
 * 全社会 | 特定群体), for each kind of table, and keeps the reading that recognises the most columns. Title rows
 * above the header simply score nothing.
 */
public final class HeaderDetector {

  /** How many rows from the top of a sheet the header may start in. */
  public static final int SEARCH_ROWS = 20;

  private static final Set<Column> CATALOG_ELEMENTS = EnumSet.of(Column.CONTENT, Column.BASIS, Column.DEADLINE,
      Column.OWNER, Column.CHANNEL, Column.AUDIENCE_GROUP, Column.AUDIENCE_ALL, Column.AUDIENCE_SPECIFIC,
      Column.MODE_GROUP, Column.MODE_ACTIVE, Column.MODE_REQUEST, Column.LEVEL_GROUP, Column.LEVEL_COUNTY,
      Column.LEVEL_TOWN);
  private static final Set<Column> POWER_DISTINCT = EnumSet.of(Column.P_CODE, Column.P_CATEGORY, Column.P_SUBITEM,
      Column.P_DUTY, Column.P_AGENCY, Column.P_LEVEL);
  private static final Set<Column> SERVICE_DISTINCT = EnumSet.of(Column.S_TARGET, Column.S_PLACE, Column.S_PHONE,
      Column.S_SUPERVISION, Column.S_FEE);

  private HeaderDetector() {}

  /** A buffered row: its 1-based number and its cells. */
  public record BufferedRow(int number, String[] cells) {}

  /**
   * The best header among the rows, or null when none is recognisable. {@code forced} restricts the kind
   * ({@code --kind}); null lets the headers decide.
   */
  public static Header detect(List<BufferedRow> rows, InputKind forced) {
    Header best = null;
    int bestScore = 0;
    for (int i = 0; i < rows.size(); i++) {
      BufferedRow top = rows.get(i);
      // The next record, not row number + 1: a CSV header cell with a line break spans several physical lines.
      BufferedRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      for (InputKind kind : InputKind.values()) {
        if (forced != null && kind != forced) {
          continue;
        }
        for (BufferedRow sub : next == null ? new BufferedRow[] {null} : new BufferedRow[] {null, next}) {
          Candidate c = map(top, sub, kind);
          int score = score(c, forced != null);
          if (score > bestScore) {
            best = c.header();
            bestScore = score;
          }
        }
      }
    }
    return best;
  }

  /** A reading of one or two rows as a header, and how many cells of the second row did not fit it. */
  record Candidate(Header header, int penalty) {}

  /** Maps the columns of one (or two) header rows for one kind of table. */
  static Candidate map(BufferedRow top, BufferedRow sub, InputKind kind) {
    Header h = Header.of(kind, top.number(), sub == null ? top.number() : sub.number());
    int width = Math.max(top.cells().length, sub == null ? 0 : sub.cells().length);
    Column group = null; // the group header (公开对象 …) spanning the columns to its right
    int penalty = 0;
    for (int c = 0; c < width; c++) {
      String topText = cell(top, c);
      String subText = sub == null ? null : cell(sub, c);
      Column topRole = topText == null ? null : match(Texts.headerKey(topText), kind);
      if (topRole != null && topRole.isGroup()) {
        group = topRole;
      } else if (topText != null) {
        group = null;
      }
      Column role = topRole;
      String text = topText;
      if (subText != null) {
        Column subRole = match(Texts.headerKey(subText), kind);
        if (subRole != null && isSubHeader(subRole, group)) {
          role = subRole;
          text = (topText != null ? topText : "") + "/" + subText;
        } else if (topText != null || subRole == null) {
          penalty++; // the second row holds something other than sub-headers: likely data
        }
      }
      if (role == null || role == Column.SEQ && h.columns().containsValue(Column.SEQ)) {
        continue;
      }
      if (!role.isTick() && h.columns().containsValue(role)) {
        // "一级事项 一级事项" (a typo seen in published catalogs): the second one is 二级事项.
        if (role == Column.TOPIC && !h.columns().containsValue(Column.ITEM)) {
          role = Column.ITEM;
        } else {
          continue;
        }
      }
      h.columns().put(c, role);
      h.texts().put(c, text);
    }
    return new Candidate(h, penalty);
  }

  private static boolean isSubHeader(Column role, Column group) {
    if (role.isTick()) {
      return group == null || role.group() == group;
    }
    return role == Column.TOPIC || role == Column.ITEM || role == Column.ITEM3 || role == Column.ITEM4;
  }

  private static String cell(BufferedRow row, int c) {
    String[] cells = row.cells();
    if (c >= cells.length || cells[c] == null || cells[c].isBlank()) {
      return null;
    }
    return cells[c];
  }

  /** The role a header key names for this kind of table: exact names first, then key words. */
  static Column match(String key, InputKind kind) {
    if (key.isEmpty() || key.length() > 40) {
      return null;
    }
    Column flat = flatTick(key, kind);
    if (flat != null) {
      return flat;
    }
    for (Column col : Column.values()) {
      if ((col.kind() == kind || col.kind() == null) && col.matchesExactly(key)) {
        return col;
      }
    }
    for (Column col : Column.values()) {
      if (col.kind() == kind && col.matchesLoosely(key)) {
        return col;
      }
    }
    return null;
  }

  /**
   * A two-row header flattened into one cell, as flat exports write it ({@code 公开对象/全社会}, {@code 公开层级-县级}):
   * the tick column, when the part before the separator names its group.
   */
  static Column flatTick(String key, InputKind kind) {
    if (kind != InputKind.CATALOG) {
      return null;
    }
    int sep = -1;
    for (int i = 0; i < key.length() && sep < 0; i++) {
      if ("/-—－".indexOf(key.charAt(i)) >= 0) {
        sep = i;
      }
    }
    if (sep <= 0 || sep == key.length() - 1) {
      return null;
    }
    Column group = null;
    Column tick = null;
    for (Column col : Column.values()) {
      if (col.kind() == kind && col.matchesExactly(key.substring(0, sep))) {
        group = col;
        break;
      }
    }
    for (Column col : Column.values()) {
      if (col.kind() == kind && col.matchesExactly(key.substring(sep + 1))) {
        tick = col;
        break;
      }
    }
    return group != null && group.isGroup() && tick != null && tick.isTick() && tick.group() == group ? tick : null;
  }

  /** How convincing a header is; 0 when it is not a header of its kind. */
  static int score(Candidate c, boolean forced) {
    Header h = c.header();
    Set<Column> roles = h.roles();
    int penalty = c.penalty();
    int score;
    switch (h.kind()) {
      case CATALOG -> {
        long elements = roles.stream().filter(CATALOG_ELEMENTS::contains).count();
        boolean named = roles.contains(Column.TOPIC) || roles.contains(Column.ITEM);
        score = elements >= 3 && named ? (int) (elements + 1) * 2 : 0;
      }
      case POWER -> {
        long distinct = roles.stream().filter(POWER_DISTINCT::contains).count();
        // With --kind the user vouches for the kind: the name and two more columns suffice.
        boolean ok = roles.contains(Column.P_NAME) && roles.size() >= 3 && (distinct >= 1 || forced);
        score = ok ? (roles.size() + (int) distinct) * 2 : 0;
      }
      case SERVICE -> {
        long distinct = roles.stream().filter(SERVICE_DISTINCT::contains).count();
        boolean ok = roles.contains(Column.S_NAME) && roles.size() >= 3 && (distinct >= 1 || forced);
        score = ok ? (roles.size() + (int) distinct) * 2 : 0;
      }
      default -> score = 0;
    }
    return score == 0 ? 0 : Math.max(1, score - penalty);
  }
}
