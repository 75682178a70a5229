package org.gkml.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads small reference YAML files as trees, and reads their values leniently. */
final class YamlTrees {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private YamlTrees() {}

  static JsonNode resource(String name) {
    try (InputStream in = YamlTrees.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ReferenceException("missing built-in reference data " + name);
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new ReferenceException("cannot read built-in reference data " + name + ": " + e.getMessage(), e);
    }
  }

  static JsonNode file(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode n = YAML.readTree(in);
      if (n == null || n.isMissingNode() || n.isNull()) {
        throw new ReferenceException(file + ": empty file");
      }
      return n;
    } catch (IOException e) {
      throw new ReferenceException(file + ": " + firstLine(e.getMessage()), e);
    }
  }

  static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<String> list(JsonNode n, String key) {
    JsonNode v = n.get(key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> {
        if (!x.isNull() && !x.asText().isBlank()) {
          out.add(x.asText().strip());
        }
      });
    } else if (!v.asText().isBlank()) {
      out.add(v.asText().strip());
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
