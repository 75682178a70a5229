package org.gkml.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gkml.text.Texts;

/**
 * The pilot fields of {@code catalogs/pilot-fields.yaml}, looked up by code, national name or alias. The built-in
 * list is loaded once, on first use.
 */
public final class PilotFields {

  private final List<PilotField> all;
  private final Map<String, PilotField> byKey = new HashMap<>();

  PilotFields(List<PilotField> all) {
    this.all = List.copyOf(all);
    // Codes and names first, aliases after: an alias never hides a field's own name.
    for (PilotField f : all) {
      byKey.putIfAbsent(key(f.code()), f);
      byKey.putIfAbsent(key(f.name()), f);
    }
    for (PilotField f : all) {
      for (String a : f.aliases()) {
        byKey.putIfAbsent(key(a), f);
      }
    }
  }

  private static final class BuiltIn {
    static final PilotFields INSTANCE = parse(YamlTrees.resource("/catalogs/pilot-fields.yaml"), "catalogs/pilot-fields.yaml");
  }

  /** The list shipped in the jar. */
  public static PilotFields builtIn() {
    return BuiltIn.INSTANCE;
  }

  static PilotFields parse(JsonNode root, String source) {
    JsonNode fields = root.get("fields");
    if (fields == null || !fields.isArray()) {
      throw new ReferenceException(source + ": no 'fields' list");
    }
    List<PilotField> out = new ArrayList<>();
    for (JsonNode f : fields) {
      JsonNode cues = f.path("cues");
      String code = YamlTrees.text(f, "code");
      String name = YamlTrees.text(f, "name");
      if (code == null || name == null) {
        throw new ReferenceException(source + ": a field without code or name");
      }
      JsonNode number = f.get("number");
      out.add(new PilotField(code, name, number == null || number.isNull() ? null : number.asInt(),
          List.copyOf(YamlTrees.list(f, "aliases")), YamlTrees.text(f, "department"), YamlTrees.text(f, "document"),
          YamlTrees.text(f, "merged_into"), List.copyOf(YamlTrees.list(f, "merges")),
          List.copyOf(YamlTrees.list(cues, "departments")), List.copyOf(YamlTrees.list(cues, "keywords")),
          List.copyOf(YamlTrees.list(cues, "exclude")), List.copyOf(YamlTrees.list(cues, "categories"))));
    }
    return new PilotFields(out);
  }

  /** Every field, in file order (the 26 national ones first, then local merges). */
  public List<PilotField> all() {
    return Collections.unmodifiableList(all);
  }

  /** The field a code, national name or alias names (blanks, Traditional and full-width forms allowed), or null. */
  public PilotField find(String codeNameOrAlias) {
    if (codeNameOrAlias == null || codeNameOrAlias.isBlank()) {
      return null;
    }
    PilotField f = byKey.get(key(codeNameOrAlias));
    if (f == null) {
      String k = key(codeNameOrAlias).replaceAll("(领域|基层政务公开标准目录|标准目录)$", "");
      f = byKey.get(k);
    }
    return f;
  }

  public PilotField byCode(String code) {
    for (PilotField f : all) {
      if (f.code().equals(code)) {
        return f;
      }
    }
    return null;
  }

  static String key(String s) {
    return Texts.toSimplified(Texts.toHalfWidth(Texts.compact(s))).toUpperCase(java.util.Locale.ROOT);
  }
}
