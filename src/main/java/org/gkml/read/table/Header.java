package org.gkml.read.table;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gkml.model.InputKind;

/**
 * A recognised header: the kind of table, the rows it spans (1-based, inclusive), the role of each column (tick
 * columns may repeat, other roles appear once), and the header text of each mapped column.
 */
public record Header(InputKind kind, int firstRow, int lastRow, Map<Integer, Column> columns, Map<Integer, String> texts) {

  public Integer columnOf(Column role) {
    for (Map.Entry<Integer, Column> e : columns.entrySet()) {
      if (e.getValue() == role) {
        return e.getKey();
      }
    }
    return null;
  }

  public Set<Column> roles() {
    Set<Column> roles = EnumSet.noneOf(Column.class);
    roles.addAll(columns.values());
    return roles;
  }

  public boolean has(Column role) {
    return columns.containsValue(role);
  }

  static Header of(InputKind kind, int firstRow, int lastRow) {
    return new Header(kind, firstRow, lastRow, new LinkedHashMap<>(), new LinkedHashMap<>());
  }
}
