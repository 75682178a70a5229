package org.gkml.read.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gkml.model.Element;
import org.gkml.model.InputKind;
import org.gkml.model.Location;
import org.junit.jupiter.api.Test;

/** What flat exports (gkml's CSV) rely on when gkml reads them back. */
class FlatExportReadingTest {

  @Test
  void aFlattenedTwoRowHeaderNamesTheTickColumn() {
    assertEquals(Column.AUDIENCE_ALL, HeaderDetector.match("公开对象/全社会", InputKind.CATALOG));
    assertEquals(Column.LEVEL_COUNTY, HeaderDetector.match("公开层级-县级", InputKind.CATALOG));
    assertEquals(Column.MODE_REQUEST, HeaderDetector.match("公开方式/依申请", InputKind.CATALOG));
    assertNull(HeaderDetector.flatTick("公开方式/县级", InputKind.CATALOG), "a tick under another group");
    assertEquals(Column.AUDIENCE_GROUP, HeaderDetector.match("公开对象", InputKind.CATALOG));
  }

  @Test
  void oneBasisPerLineUnlessTheLineBreakIsInsideATitle() {
    Element cell = Element.written("《甲法》第一条\n\n《乙条例》第二条\r\n", Location.cell("f", "s", 3, 4));
    List<Element> lines = TableReader.basisLines(cell);
    assertEquals(List.of("《甲法》第一条", "《乙条例》第二条"), lines.stream().map(Element::text).toList());
    assertEquals(cell.location(), lines.get(1).location());

    Element wrapped = Element.written("《中华人民共和国\n义务教育法》", Location.cell("f", "s", 3, 4));
    assertEquals(List.of(wrapped), TableReader.basisLines(wrapped));
  }

  @Test
  void aNamedGroupKeepsItsOwnBrackets() {
    assertEquals("低保对象", TickReader.groupName("特定群体：低保对象", "特定群体"));
    assertEquals("低保对象", TickReader.groupName("√（低保对象）", "特定群体"));
    assertEquals("低保对象（含特困）", TickReader.groupName("√（低保对象（含特困））", "特定群体"));
    assertEquals("低保对象（含特困）", TickReader.groupName("特定群体：低保对象（含特困）", "特定群体"));
    assertEquals("（甲）和（乙）", TickReader.groupName("（甲）和（乙）", "特定群体"));
    assertNull(TickReader.groupName("√", "特定群体"));
    assertEquals("低保对象", TickReader.read("特定群體：低保对象", "特定群体").detail(), "Traditional prefix");
  }
}
