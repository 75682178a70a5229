package org.gkml.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gkml.pipeline.DisclosureItem;
import org.gkml.pipeline.SourceRow;

/**
 * Writes one catalog in gkml's YAML format (CONTRACT.md), keys in contract order, plus each item's {@code sources}
 * (file, sheet, row): the rows it was built from. The text depends only on its input (no dates, no absolute paths
 * added), so the same build gives the same bytes. Written through {@link AtomicOutput}.
 */
public final class YamlCatalogWriter {

  public static final String SCHEMA_COMMENT = "# yaml-language-server: $schema=https://gkml.invalid/catalog.schema.json";

  private YamlCatalogWriter() {}

  /** The file name of a field's catalog: {@code catalog-shjz.yaml}. */
  public static String fileName(String fieldCode) {
    return "catalog-" + fieldCode.toLowerCase(Locale.ROOT) + ".yaml";
  }

  public static void write(Path target, String catalog, String field, String region, List<DisclosureItem> items)
      throws IOException {
    AtomicOutput.write(target, true, false, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      write(w, catalog, field, region, items);
      w.flush();
    });
  }

  /** Writes item by item, so that a catalog of a million items never sits in memory as text. */
  public static void write(Writer w, String catalog, String field, String region, Iterable<DisclosureItem> items)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(SCHEMA_COMMENT).append('\n');
    sb.append("# 由 gkml build 根据权责清单和公共服务事项清单生成；sources 为每个事项的来源行（文件、工作表、行号）。\n");
    sb.append("catalog: ").append(scalar(catalog)).append('\n');
    sb.append("field: ").append(scalar(field)).append('\n');
    sb.append("region: ").append(scalar(region)).append('\n');
    sb.append("items:\n");
    for (DisclosureItem i : items) {
      w.append(sb);
      sb.setLength(0);
      sb.append("  - id: ").append(scalar(i.id())).append('\n');
      key(sb, "topic", i.topic());
      key(sb, "item", i.item());
      key(sb, "content", i.content());
      sb.append(i.basis().isEmpty() ? "    basis: []\n" : "    basis:\n");
      for (String b : i.basis()) {
        sb.append("      - ").append(scalar(b)).append('\n');
      }
      key(sb, "deadline", i.deadline());
      key(sb, "owner", i.owner());
      sb.append("    channels: ").append(flow(i.channels())).append('\n');
      key(sb, "audience", i.audience());
      key(sb, "mode", i.mode());
      sb.append("    levels: ").append(flow(i.levels())).append('\n');
      sb.append("    sources:\n");
      for (SourceRow r : i.sources()) {
        sb.append("      - file: ").append(scalar(r.file())).append('\n');
        if (r.sheet() != null) {
          sb.append("        sheet: ").append(scalar(r.sheet())).append('\n');
        }
        sb.append("        row: ").append(r.row()).append('\n');
      }
    }
    w.write(sb.toString());
  }

  private static void key(StringBuilder sb, String key, String value) {
    sb.append("    ").append(key).append(": ").append(scalar(value)).append('\n');
  }

  private static String flow(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (String v : values) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(scalar(v));
    }
    return sb.append(']').toString();
  }

  /** ASCII characters with a meaning in YAML somewhere in a plain scalar; CJK punctuation has none. */
  private static final String SPECIAL = ":#,[]{}&*!|>'\"%@`\\";
  private static final Pattern LOOKS_TYPED =
      Pattern.compile("(?i)~|null|true|false|yes|no|on|off|y|n|[-+.]?[0-9].*|\\..*|-.*|\\?.*");

  /** A plain scalar where that reads back as the same string, a double-quoted one otherwise. */
  public static String scalar(String s) {
    if (s == null) {
      return "\"\"";
    }
    boolean plain = !s.isEmpty() && !Character.isWhitespace(s.charAt(0))
        && !Character.isWhitespace(s.charAt(s.length() - 1)) && !LOOKS_TYPED.matcher(s).matches();
    for (int i = 0; plain && i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || SPECIAL.indexOf(c) >= 0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
          || c == '\u0085') {
        plain = false;
      }
    }
    if (plain) {
      return s;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\u0085') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
