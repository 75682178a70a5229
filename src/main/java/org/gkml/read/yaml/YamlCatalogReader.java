package org.gkml.read.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gkml.model.CatalogItem;
import org.gkml.model.ChannelList;
import org.gkml.model.ChannelMark;
import org.gkml.model.Element;
import org.gkml.model.InputKind;
import org.gkml.model.Location;
import org.gkml.model.TableHeader;
import org.gkml.model.Tick;
import org.gkml.model.TickGroup;
import org.gkml.read.InputException;
import org.gkml.read.ReadLimits;
import org.gkml.read.RecordSink;
import org.gkml.read.table.ChannelListReader;
import org.gkml.read.table.Column;
import org.gkml.read.table.TickReader;
import org.gkml.text.Texts;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads gkml's YAML catalog format (CONTRACT.md) as a stream of items, each element located at the line:column of
 * its value, or of its key when the value is empty, or of the item when the key is absent. Alias bombs, deep
 * nesting and oversized files are refused by the YAML loader's limits.
 */
public final class YamlCatalogReader {

  /** Limits on what a YAML catalog may hold. */
  public record Limits(int maxCodePoints, int maxAliases, int maxDepth) {
    public static final Limits DEFAULT = new Limits(64 * 1024 * 1024, 50, 64);

    /** The YAML part of the read limits; the nesting depth stays at the default. */
    public static Limits of(ReadLimits limits) {
      return new Limits(limits.maxYamlCodePoints(), limits.maxYamlAliases(), DEFAULT.maxDepth());
    }
  }

  public static final List<String> ITEM_KEYS = List.of("id", "topic", "item", "content", "basis", "deadline", "owner",
      "channels", "audience", "mode", "levels");

  private final YAMLFactory factory;
  private final int maxAliases;
  /** Per read: how many aliases the document used. */
  private int aliases;

  public YamlCatalogReader(Limits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.maxCodePoints());
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setAllowDuplicateKeys(true);
    maxAliases = limits.maxAliases();
    factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
        .build();
  }

  public YamlCatalogReader() {
    this(Limits.DEFAULT);
  }

  /** The catalog's own header keys, for callers that need them (export, diff). */
  public record Meta(String catalog, String field, String region) {}

  public Meta read(Path file, String display, RecordSink sink) throws InputException {
    aliases = 0;
    try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
      return readRoot(new AliasAware(p), display, sink);
    } catch (InputException e) {
      throw e;
    } catch (AliasLimit e) {
      throw new InputException("input.yaml-aliases", null, e);
    } catch (AliasUnsupported e) {
      throw new InputException("input.yaml-structure", e.where, e, e.where, "structure.alias");
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null || loc.getLineNr() < 0 ? null : loc.getLineNr() + ":" + loc.getColumnNr();
      InputException limit = limitProblem(e, where);
      if (limit != null) {
        throw limit;
      }
      throw new InputException("input.yaml-syntax", where, e, where == null ? "" : where, firstLine(e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      InputException limit = limitProblem(e, null);
      if (limit != null) {
        throw limit;
      }
      throw new InputException("input.yaml-syntax", null, e, "", firstLine(String.valueOf(e.getMessage())));
    }
  }

  /** A limit of the YAML loader or of Jackson (size, aliases, nesting), which may come wrapped as a syntax error. */
  private static InputException limitProblem(Exception e, String where) {
    String m = firstLine(String.valueOf(e.getMessage()));
    if (m.contains("code point") || m.contains("exceeds the limit")) {
      return new InputException("input.yaml-too-large", where, e);
    }
    if (m.contains("Number of aliases") || m.contains("aliases for non-scalar")) {
      return new InputException("input.yaml-aliases", where, e);
    }
    if (m.contains("nesting depth") || m.contains("Nesting Depth") || m.contains("Nesting depth")) {
      return new InputException("input.yaml-too-deep", where, e);
    }
    return null;
  }

  /**
   * Jackson's YAML parser does not expand aliases: it returns an alias as a string holding the anchor's name,
   * which would silently become a wrong value, and it does not report anchors of scalars, so aliases cannot be
   * resolved here. This wrapper refuses an alias inside items with its place, and counts aliases everywhere so
   * that an alias bomb in keys gkml ignores is refused too.
   */
  private final class AliasAware extends com.fasterxml.jackson.core.util.JsonParserDelegate {
    /** Inside items an alias is refused; elsewhere (keys gkml ignores) aliases are only counted. */
    boolean inItems;

    AliasAware(JsonParser p) {
      super(p);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t != null && delegate instanceof YAMLParser y && y.isCurrentAlias()) {
        if (++aliases > maxAliases) {
          throw new AliasLimit();
        }
        if (inItems) {
          JsonLocation loc = y.currentTokenLocation();
          throw new AliasUnsupported(loc.getLineNr() + ":" + loc.getColumnNr());
        }
      }
      return t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      // Walk instead of skipping, so that aliases inside skipped parts are counted too.
      JsonToken t = currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      int depth = 1;
      while (depth > 0) {
        JsonToken n = nextToken();
        if (n == null) {
          break;
        }
        if (n.isStructStart()) {
          depth++;
        } else if (n.isStructEnd()) {
          depth--;
        }
      }
      return this;
    }
  }

  private static final class AliasLimit extends RuntimeException {
    AliasLimit() {
      super("too many aliases", null, false, false);
    }
  }

  private static final class AliasUnsupported extends RuntimeException {
    final String where;

    AliasUnsupported(String where) {
      super("alias inside items", null, false, false);
      this.where = where;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private Meta readRoot(AliasAware p, String file, RecordSink sink) throws IOException, InputException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new InputException("input.empty", null, null);
    }
    if (t != JsonToken.START_OBJECT) {
      throw structure(p, "structure.root");
    }
    String catalog = null;
    String field = null;
    String region = null;
    boolean headerSent = false;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      t = p.nextToken();
      switch (key) {
        case "catalog" -> catalog = scalar(p, t);
        case "field" -> field = scalar(p, t);
        case "region" -> region = scalar(p, t);
        case "items" -> {
          sink.table(null, new TableHeader(InputKind.CATALOG, Location.file(file),
              new LinkedHashSet<>(List.of("name", "content", "basis", "deadline", "owner", "channel", "audience", "mode",
                  "level")), field));
          headerSent = true;
          if (t == JsonToken.VALUE_NULL) {
            continue;
          }
          if (t != JsonToken.START_ARRAY) {
            throw structure(p, "structure.items");
          }
          p.inItems = true;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
              throw structure(p, "structure.item");
            }
            sink.record(readItem(p, file));
          }
          p.inItems = false;
        }
        default -> p.skipChildren();
      }
    }
    if (!headerSent) {
      throw new InputException("input.yaml-no-items", null, null);
    }
    return new Meta(catalog, field, region);
  }

  private static InputException structure(JsonParser p, String what) {
    JsonLocation loc = p.currentTokenLocation();
    String where = loc.getLineNr() + ":" + loc.getColumnNr();
    return new InputException("input.yaml-structure", where, null, where, what);
  }

  private static String scalar(JsonParser p, JsonToken t) throws IOException {
    if (t.isScalarValue()) {
      return t == JsonToken.VALUE_NULL ? null : p.getText();
    }
    p.skipChildren();
    return null;
  }

  private static Location here(JsonParser p, String file) {
    JsonLocation loc = p.currentTokenLocation();
    return Location.yaml(file, loc.getLineNr(), loc.getColumnNr());
  }

  /** Values of one key: a scalar gives one element, a list gives one per entry. */
  private static List<Element> values(JsonParser p, JsonToken t, String file, Location keyLocation) throws IOException {
    List<Element> out = new ArrayList<>();
    if (t == JsonToken.START_ARRAY) {
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
          String text = Texts.strip(p.getText());
          out.add(text.isEmpty() ? Element.missing(here(p, file), true) : Element.written(text, here(p, file)));
        } else {
          p.skipChildren();
        }
      }
      return out;
    }
    if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
      String text = Texts.strip(p.getText());
      out.add(text.isEmpty() ? Element.missing(keyLocation, true) : Element.written(text, here(p, file)));
    } else if (t != JsonToken.VALUE_NULL) {
      p.skipChildren();
    }
    return out;
  }

  private CatalogItem readItem(JsonParser p, String file) throws IOException {
    Location itemLocation = here(p, file);
    String id = null;
    Element topic = null;
    Element item = null;
    Element content = null;
    List<Element> basis = null;
    Element deadline = null;
    Element owner = null;
    List<Element> channels = null;
    Location channelsKey = null;
    List<Element> audience = null;
    Location audienceKey = null;
    List<Element> mode = null;
    Location modeKey = null;
    List<Element> levels = null;
    Location levelsKey = null;
    Set<String> seen = new LinkedHashSet<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Location keyLocation = here(p, file);
      seen.add(key);
      t = p.nextToken();
      List<Element> v = values(p, t, file, keyLocation);
      Element first = v.isEmpty() ? Element.missing(keyLocation, true) : v.get(0);
      switch (key) {
        case "id" -> id = first.isPresent() ? first.text() : null;
        case "topic" -> topic = first;
        case "item" -> item = first;
        case "content" -> content = joined(v, first);
        case "basis" -> basis = v.isEmpty() ? List.of(first) : v;
        case "deadline" -> deadline = first;
        case "owner" -> owner = first;
        case "channels" -> {
          channels = v;
          channelsKey = keyLocation;
        }
        case "audience" -> {
          audience = v;
          audienceKey = keyLocation;
        }
        case "mode" -> {
          mode = v;
          modeKey = keyLocation;
        }
        case "levels" -> {
          levels = v;
          levelsKey = keyLocation;
        }
        default -> { } // unknown keys are kept out of the item; the JSON Schema flags them in editors
      }
    }
    Element absent = Element.missing(itemLocation, true);
    return new CatalogItem(
        id,
        itemLocation,
        topic == null ? absent : topic,
        item == null ? absent : item,
        content == null ? absent : content,
        basis == null ? List.of(absent) : basis,
        deadline == null ? absent : deadline,
        owner == null ? absent : owner,
        channelList(channels, channelsKey, itemLocation),
        ticks(audience, audienceKey, itemLocation, Column.AUDIENCE_GROUP),
        ticks(mode, modeKey, itemLocation, Column.MODE_GROUP),
        ticks(levels, levelsKey, itemLocation, Column.LEVEL_GROUP));
  }

  private static Element joined(List<Element> v, Element first) {
    if (v.size() <= 1) {
      return first;
    }
    StringBuilder sb = new StringBuilder();
    for (Element e : v) {
      if (e.isPresent()) {
        sb.append(sb.length() == 0 ? "" : "、").append(e.text());
      }
    }
    return Element.written(sb.toString(), first.location());
  }

  private static ChannelList channelList(List<Element> v, Location key, Location item) {
    if (v == null || v.isEmpty()) {
      Element cell = Element.missing(key != null ? key : item, true);
      return new ChannelList(cell, List.of(), ChannelList.Style.EMPTY);
    }
    if (v.size() == 1 && v.get(0).isPresent()) {
      // One string: may be a list written the spreadsheet way ("政府网站、两微一端" or with boxes).
      ChannelList read = ChannelListReader.read(v.get(0));
      if (read.style() == ChannelList.Style.GLYPHS || read.marks().size() > 1) {
        return read;
      }
    }
    List<ChannelMark> marks = new ArrayList<>();
    for (Element e : v) {
      if (e.isPresent()) {
        ChannelList one = ChannelListReader.read(e);
        marks.addAll(one.marks());
      }
    }
    Element cell = v.get(0).isPresent() ? v.get(0) : Element.missing(key, true);
    return new ChannelList(cell, marks, marks.isEmpty() ? ChannelList.Style.EMPTY : ChannelList.Style.YAML);
  }

  private static TickGroup ticks(List<Element> v, Location key, Location item, Column group) {
    Location where = key != null ? key : item;
    List<Tick> ticks = new ArrayList<>();
    if (v != null) {
      for (Element e : v) {
        for (String option : TickReader.optionsInText(e.text(), group)) {
          String detail = "特定群体".equals(option) ? TickReader.groupName(Texts.compact(e.text()), option) : null;
          ticks.add(new Tick(option, e, false, detail));
        }
      }
    }
    return new TickGroup(List.copyOf(ticks), where, true);
  }
}
