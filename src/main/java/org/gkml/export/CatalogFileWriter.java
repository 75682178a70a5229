package org.gkml.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gkml.write.YamlCatalogWriter;

/**
 * Writes each field as one catalog file in gkml's catalog format (CONTRACT.md): {@code catalog-ywjy.yaml} or
 * {@code catalog-ywjy.json}, keys in contract order, streamed item by item. YAML writes 公开对象 and 公开方式 as a
 * plain value when there is one (as people write them) and a list otherwise; JSON always writes lists, so that
 * programs get one type. Items without an id (read from a workbook) get {@code <CODE>-001} by their number. Both read
 * back with {@code gkml validate} (a JSON catalog is YAML too).
 */
public final class CatalogFileWriter implements CatalogWriter {

  /** The two syntaxes of the catalog format. */
  public enum Syntax { YAML, JSON }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Syntax syntax;
  private final OutputFiles files;
  private ExportField field;
  private OutputStream stream;
  private Writer yaml;
  private JsonGenerator json;
  private int count;

  public CatalogFileWriter(Syntax syntax, ExportOptions options) {
    this.syntax = syntax;
    this.files = new OutputFiles(options);
  }

  /** The file name of a field's catalog: {@code catalog-ywjy.yaml}. */
  public static String fileName(ExportField field, Syntax syntax) {
    return "catalog-" + field.code().toLowerCase(Locale.ROOT) + (syntax == Syntax.YAML ? ".yaml" : ".json");
  }

  /** The item's id, or one made from the field code and the item's number. */
  static String id(ExportField field, ExportItem item) {
    if (item.id() != null && !item.id().isBlank()) {
      return item.id();
    }
    return String.format(Locale.ROOT, "%s-%03d", field.code(), item.number());
  }

  /** 公开对象 as the catalog format writes it: 特定群体 with its named group (特定群体：低保对象). */
  static List<String> audience(ExportItem item) {
    List<String> out = new ArrayList<>();
    for (String a : item.audience()) {
      boolean named = "特定群体".equals(a) && item.audienceDetail() != null && !item.audienceDetail().isEmpty();
      out.add(named ? a + "：" + item.audienceDetail() : a);
    }
    return out;
  }

  @Override
  public void beginField(ExportField f) throws IOException {
    field = f;
    count = 0;
    stream = files.open(fileName(f, syntax));
    if (syntax == Syntax.YAML) {
      yaml = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      yaml.write(YamlCatalogWriter.SCHEMA_COMMENT + "\n");
      yaml.write("catalog: " + YamlCatalogWriter.scalar(f.title()) + "\n");
      yaml.write("field: " + YamlCatalogWriter.scalar(f.name()) + "\n");
      yaml.write("region: " + YamlCatalogWriter.scalar(nz(f.region())) + "\n");
    } else {
      json = JSON.createGenerator(stream, JsonEncoding.UTF8);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      json.setPrettyPrinter(pp);
      json.writeStartObject();
      json.writeStringField("catalog", f.title());
      json.writeStringField("field", f.name());
      json.writeStringField("region", nz(f.region()));
      json.writeArrayFieldStart("items");
    }
  }

  @Override
  public void item(ExportItem i) throws IOException {
    if (syntax == Syntax.YAML) {
      yamlItem(i);
    } else {
      jsonItem(i);
    }
    count++;
  }

  private void yamlItem(ExportItem i) throws IOException {
    StringBuilder sb = new StringBuilder(512);
    if (count == 0) {
      sb.append("items:\n");
    }
    sb.append("  - id: ").append(YamlCatalogWriter.scalar(id(field, i))).append('\n');
    key(sb, "topic", i.topic());
    key(sb, "item", i.item());
    key(sb, "content", i.content());
    if (i.basis().isEmpty()) {
      sb.append("    basis: []\n");
    } else {
      sb.append("    basis:\n");
      for (String b : i.basis()) {
        sb.append("      - ").append(YamlCatalogWriter.scalar(b)).append('\n');
      }
    }
    key(sb, "deadline", i.deadline());
    key(sb, "owner", i.owner());
    sb.append("    channels: ").append(flow(i.channels())).append('\n');
    oneOrList(sb, "audience", audience(i));
    oneOrList(sb, "mode", i.mode());
    sb.append("    levels: ").append(flow(i.levels())).append('\n');
    yaml.write(sb.toString());
  }

  private static void key(StringBuilder sb, String key, String value) {
    sb.append("    ").append(key).append(": ").append(YamlCatalogWriter.scalar(nz(value))).append('\n');
  }

  private static void oneOrList(StringBuilder sb, String key, List<String> values) {
    sb.append("    ").append(key).append(": ");
    sb.append(values.size() == 1 ? YamlCatalogWriter.scalar(values.get(0)) : flow(values)).append('\n');
  }

  private static String flow(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (String v : values) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(YamlCatalogWriter.scalar(v));
    }
    return sb.append(']').toString();
  }

  private void jsonItem(ExportItem i) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id(field, i));
    json.writeStringField("topic", nz(i.topic()));
    json.writeStringField("item", nz(i.item()));
    json.writeStringField("content", nz(i.content()));
    array("basis", i.basis());
    json.writeStringField("deadline", nz(i.deadline()));
    json.writeStringField("owner", nz(i.owner()));
    array("channels", i.channels());
    array("audience", audience(i));
    array("mode", i.mode());
    array("levels", i.levels());
    json.writeEndObject();
  }

  private void array(String key, List<String> values) throws IOException {
    json.writeArrayFieldStart(key);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  @Override
  public void endField() throws IOException {
    if (syntax == Syntax.YAML) {
      if (count == 0) {
        yaml.write("items: []\n");
      }
      yaml.close();
      yaml = null;
    } else {
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.close();
      stream.close();
      json = null;
    }
    stream = null;
  }

  @Override
  public void commit() throws IOException {
    files.commit();
  }

  @Override
  public List<Path> written() {
    return files.written();
  }

  @Override
  public void close() throws IOException {
    try {
      if (yaml != null) {
        yaml.close();
      }
      if (json != null) {
        json.close();
      }
      if (stream != null) {
        stream.close();
      }
    } finally {
      files.close();
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
