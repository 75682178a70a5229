package org.gkml.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A Frictionless Data Package (Data Package and Table Schema v1): {@code datapackage.json} in the output directory
 * and one CSV per field under {@code data/} (UTF-8 without byte-order mark, one header row, one row per item). The
 * columns are those of {@link CsvCatalogWriter} with ASCII names ({@code topic}, {@code audience_all}) and the
 * template's Chinese headers as {@code title}s: portals, databases and data frames handle ASCII names best, and the
 * titles keep the meaning. Two columns only the package has: {@code id} (the YAML id) and {@code audience_group} (a
 * named 特定群体, which the CSV writes into its tick cell). Texts are stored literally: a data package is read by
 * programs, for which a quote before {@code =} would corrupt the data (the CSV format is the one for spreadsheets).
 * {@code datapackage.json} is written on commit from what each field's resource needs (name, rows, size, hash), so
 * memory does not grow with the items.
 */
public final class DataPackageWriter implements CatalogWriter {

  /** The package descriptor's file name. */
  public static final String DESCRIPTOR = "datapackage.json";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

  private final OutputFiles files;
  private final List<Resource> resources = new ArrayList<>();
  private String region;
  private ExportField field;
  private CSVPrinter printer;
  private Counting counter;
  private MessageDigest digest;
  private long rows;

  /** What the descriptor says of one field's CSV. */
  private record Resource(String name, String path, String title, String fieldName, long rows, long bytes,
      String hash) {}

  /** The writer of an export run: its directory, --force, and the run's inputs, which are never overwritten. */
  public DataPackageWriter(ExportOptions options) {
    this(options.directory(), options.force());
    files.protect(options.inputs());
  }

  public DataPackageWriter(Path outputDirectory, boolean force) {
    this.files = new OutputFiles(outputDirectory, force);
  }

  @Override
  public void beginField(ExportField f) throws IOException {
    field = f;
    if (region == null && f.region() != null && !f.region().isEmpty()) {
      region = f.region();
    }
    String path = "data/" + CsvCatalogWriter.fileName(f);
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    counter = new Counting(new DigestOutputStream(files.open(path), digest));
    printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(counter, StandardCharsets.UTF_8), 1 << 16),
        FORMAT);
    List<String> header = new ArrayList<>();
    for (FlatColumn c : FlatColumn.PACKAGE) {
      header.add(c.fieldName());
    }
    printer.printRecord(header);
    rows = 0;
  }

  @Override
  public void item(ExportItem item) throws IOException {
    List<String> row = new ArrayList<>(FlatColumn.PACKAGE.size());
    for (FlatColumn c : FlatColumn.PACKAGE) {
      row.add(c.valueOf(item));
    }
    printer.printRecord(row);
    rows++;
  }

  @Override
  public void endField() throws IOException {
    printer.close();
    String name = "catalog-" + OutputFiles.slug(field);
    resources.add(new Resource(name, "data/" + CsvCatalogWriter.fileName(field), field.title(), field.name(), rows,
        counter.count, "sha256:" + HexFormat.of().formatHex(digest.digest())));
    printer = null;
  }

  @Override
  public void commit() throws IOException {
    try (OutputStream out = files.open(DESCRIPTOR)) {
      writeDescriptor(out);
    }
    files.commit();
  }

  /** The files {@link #commit()} moved into place (empty before), in the order of their paths. */
  @Override
  public List<Path> written() {
    return files.written().stream().sorted().toList();
  }

  @Override
  public void close() throws IOException {
    printer = null;
    files.close();
  }

  private void writeDescriptor(OutputStream out) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("profile", "tabular-data-package");
      g.writeStringField("name", "gkml-catalogs");
      g.writeStringField("title", (region == null ? "" : region) + "基层政务公开标准目录");
      g.writeStringField("description", "按试点领域整理的基层政务公开标准目录（国办发〔2019〕54号），每个领域一个表。"
          + "由 gkml export 生成；要素缺项等问题由 gkml validate 报告，不在表结构中强制。");
      g.writeArrayFieldStart("keywords");
      g.writeString("政务公开");
      g.writeString("标准目录");
      g.writeEndArray();
      g.writeArrayFieldStart("resources");
      for (Resource r : resources) {
        writeResource(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeResource(JsonGenerator g, Resource r) throws IOException {
    g.writeStartObject();
    g.writeStringField("profile", "tabular-data-resource");
    g.writeStringField("name", r.name());
    g.writeStringField("path", r.path());
    g.writeStringField("title", r.title());
    g.writeStringField("description", r.fieldName() + "领域，" + r.rows() + " 个公开事项。");
    g.writeStringField("format", "csv");
    g.writeStringField("mediatype", "text/csv");
    g.writeStringField("encoding", "utf-8");
    g.writeNumberField("bytes", r.bytes());
    g.writeStringField("hash", r.hash());
    g.writeObjectFieldStart("dialect");
    g.writeStringField("delimiter", ",");
    g.writeStringField("lineTerminator", "\r\n");
    g.writeStringField("quoteChar", "\"");
    g.writeBooleanField("doubleQuote", true);
    g.writeBooleanField("header", true);
    g.writeEndObject();
    g.writeObjectFieldStart("schema");
    g.writeArrayFieldStart("fields");
    for (FlatColumn c : FlatColumn.PACKAGE) {
      writeField(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missingValues");
    g.writeString("");
    g.writeEndArray();
    g.writeStringField("primaryKey", FlatColumn.SEQ.fieldName());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeField(JsonGenerator g, FlatColumn c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.fieldName());
    g.writeStringField("title", c.header());
    g.writeStringField("description", c.description());
    switch (c.kind()) {
      case NUMBER -> {
        g.writeStringField("type", "integer");
        g.writeObjectFieldStart("constraints");
        g.writeBooleanField("required", true);
        g.writeBooleanField("unique", true);
        g.writeNumberField("minimum", 1);
        g.writeEndObject();
      }
      case TICK -> {
        g.writeStringField("type", "string");
        g.writeObjectFieldStart("constraints");
        g.writeBooleanField("required", false);
        g.writeArrayFieldStart("enum");
        g.writeString(FlatColumn.TICK);
        g.writeEndArray();
        g.writeEndObject();
      }
      default -> {
        g.writeStringField("type", "string");
        g.writeObjectFieldStart("constraints");
        // The standard asks for every element, but an exported catalog may still have gaps: validate reports
        // them with their place and a fix; the package stays readable.
        g.writeBooleanField("required", false);
        g.writeEndObject();
      }
    }
    g.writeEndObject();
  }

  /** Counts the bytes written, for the resource's {@code bytes}. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
