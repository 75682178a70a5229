package org.gkml.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelList;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.model.Location;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;

/**
 * Builds catalog items for rule tests: a clean 义务教育 item by default, with one element changed per test, and
 * runs one rule on it.
 */
public final class TestItems implements RuleCase.Input {

  private String topic = "招生管理";
  private String item = "招生政策";
  private String content = "招生入学政策文件、划片范围、招生计划";
  private List<String> basis = List.of("《中华人民共和国义务教育法》", "《中华人民共和国政府信息公开条例》（国务院令第711号）");
  private String deadline = "信息形成或者变更之日起20个工作日内";
  private String owner = "清溪县教育局";
  private List<ChannelMark> channels = List.of(mark("政府网站"), mark("两微一端"), mark("公开查阅点"));
  private String channelCell = "政府网站、两微一端、公开查阅点";
  private ChannelList.Style channelStyle = ChannelList.Style.PLAIN;
  private List<Tick> audience = List.of(tick("全社会", false, null));
  private List<Tick> mode = List.of(tick("主动", false, null));
  private List<Tick> levels = List.of(tick("县级", false, null));
  private final java.util.Set<String> absent = new java.util.HashSet<>();
  private String sameAsAbove;

  public static TestItems item() {
    return new TestItems();
  }

  private static final Location AT = Location.cell("t.xlsx", "义务教育", 5, 3);

  public TestItems topic(String v) {
    topic = v;
    return this;
  }

  public TestItems name(String v) {
    item = v;
    return this;
  }

  public TestItems content(String v) {
    content = v;
    return this;
  }

  public TestItems basis(String... v) {
    basis = List.of(v);
    return this;
  }

  public TestItems deadline(String v) {
    deadline = v;
    return this;
  }

  public TestItems owner(String v) {
    owner = v;
    return this;
  }

  /** Channels without glyphs, all chosen. */
  public TestItems channels(String... names) {
    List<ChannelMark> marks = new ArrayList<>();
    for (String n : names) {
      marks.add(n.startsWith("其他") ? new ChannelMark("其他", true, (char) 0,
          n.length() > 3 ? n.substring(3) : null) : mark(n));
    }
    channels = marks;
    channelCell = String.join("、", names);
    return this;
  }

  /** Channels as read from a glyph cell. */
  public TestItems channelMarks(String cell, ChannelMark... marks) {
    channels = List.of(marks);
    channelCell = cell;
    channelStyle = ChannelList.Style.GLYPHS;
    return this;
  }

  public TestItems audience(String option, boolean asText, String detail) {
    audience = List.of(tick(option, asText, detail));
    return this;
  }

  /** Several audience ticks (全社会, 特定群体). */
  public TestItems audiences(String... options) {
    List<Tick> t = new ArrayList<>();
    for (String o : options) {
      t.add(tick(o, false, null));
    }
    audience = t;
    return this;
  }

  /** The file has no column for these elements (JSON names: item, content, deadline, owner). */
  public TestItems without(String... columns) {
    absent.addAll(List.of(columns));
    return this;
  }

  /** The deadline cell said 同上 and the reader resolved it to the value above. */
  public TestItems deadlineSameAsAbove(String resolved) {
    deadline = resolved;
    sameAsAbove = "same";
    return this;
  }

  /** The deadline was filled down from a merged cell above (not 同上). */
  public TestItems deadlineFilledDown(String value) {
    deadline = value;
    sameAsAbove = "filled";
    return this;
  }

  public TestItems mode(String... options) {
    List<Tick> t = new ArrayList<>();
    for (String o : options) {
      t.add(tick(o, false, null));
    }
    mode = t;
    return this;
  }

  public TestItems modeAsText(String option) {
    mode = List.of(tick(option, true, null));
    return this;
  }

  public TestItems levels(String... options) {
    List<Tick> t = new ArrayList<>();
    for (String o : options) {
      t.add(tick(o, false, null));
    }
    levels = t;
    return this;
  }

  private static ChannelMark mark(String n) {
    return new ChannelMark(n, true, (char) 0, null);
  }

  private static Tick tick(String option, boolean asText, String detail) {
    return new Tick(option, Element.written(asText ? option : "√", AT), asText, detail);
  }

  private static Element el(String text, int col) {
    return text == null ? Element.missing(AT.atColumn(col), true) : Element.written(text, AT.atColumn(col));
  }

  private Element el(String name, String text, int col) {
    return absent.contains(name) ? Element.missing(AT.atColumn(col), false) : el(text, col);
  }

  private Element deadlineElement() {
    Element d = el("deadline", deadline, 5);
    if ("same".equals(sameAsAbove)) {
      return new Element(d.text(), d.location(), org.gkml.model.Origin.SAME_AS_ABOVE, true);
    }
    if ("filled".equals(sameAsAbove)) {
      return new Element(d.text(), d.location(), org.gkml.model.Origin.FILLED_DOWN, true);
    }
    return d;
  }

  @Override
  public void feedTo(Validator v) {
    v.check(build());
  }

  public CatalogItem build() {
    List<Element> b = new ArrayList<>();
    for (String s : basis) {
      b.add(el(s, 4));
    }
    if (b.isEmpty()) {
      b.add(el(null, 4));
    }
    Element cell = el(channelCell, 7);
    return new CatalogItem(null, AT, el(topic, 0), el("item", item, 1), el("content", content, 2), b,
        deadlineElement(), el("owner", owner, 6),
        new ChannelList(cell, channels, channels.isEmpty() ? ChannelList.Style.EMPTY : channelStyle),
        new TickGroup(audience, AT.atColumn(8), true), new TickGroup(mode, AT.atColumn(10), true),
        new TickGroup(levels, AT.atColumn(12), true));
  }

  /** The findings of one rule on this item, with the default options. */
  public List<Finding> check(Supplier<Rule> rule) {
    return check(rule, RuleOptions.defaults());
  }

  public List<Finding> check(Supplier<Rule> rule, RuleOptions options) {
    Validator v = new Validator(List.of(rule), java.util.Map.of(), options);
    v.check(build());
    return v.findings();
  }
}
