package org.gkml.export;

import java.io.IOException;
import java.util.Locale;

/** The export formats and the writer each one uses. */
public enum ExportFormat {
  XLSX("xlsx", XlsxCatalogWriter::new),
  YAML("yaml", o -> new CatalogFileWriter(CatalogFileWriter.Syntax.YAML, o)),
  JSON("json", o -> new CatalogFileWriter(CatalogFileWriter.Syntax.JSON, o)),
  CSV("csv", CsvCatalogWriter::new),
  HTML("html", HtmlCatalogWriter::new),
  DATAPACKAGE("datapackage", DataPackageWriter::new);

  /** Opens the writer of one run. */
  @FunctionalInterface
  public interface Factory {
    CatalogWriter open(ExportOptions options) throws IOException;
  }

  private final String id;
  private final Factory factory;

  ExportFormat(String id, Factory factory) {
    this.id = id;
    this.factory = factory;
  }

  public String id() {
    return id;
  }

  public CatalogWriter open(ExportOptions options) throws IOException {
    return factory.open(options);
  }

  /** The format named {@code id} (case-insensitive), or an {@link ExportException}. */
  public static ExportFormat of(String id) {
    String k = id.trim().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.id.equals(k)) {
        return f;
      }
    }
    throw new ExportException("export.format-unknown", id);
  }
}
