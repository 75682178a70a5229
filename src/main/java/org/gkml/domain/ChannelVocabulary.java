package org.gkml.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gkml.text.Texts;

/** The 公开渠道和载体 vocabulary of catalogs/channels.yaml: standard boxes, accepted extras, variants. */
public final class ChannelVocabulary {

  private static final class Shipped {
    static final ChannelVocabulary INSTANCE = load();

    private static ChannelVocabulary load() {
      try (InputStream in = ChannelVocabulary.class.getResourceAsStream("/catalogs/channels.yaml")) {
        if (in == null) {
          throw new IllegalStateException("catalogs/channels.yaml missing from the jar");
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        List<String> standard = new ArrayList<>();
        root.get("standard").forEach(n -> standard.add(n.asText()));
        List<String> extras = new ArrayList<>();
        root.get("extras").forEach(n -> extras.add(n.asText()));
        Map<String, String> variants = new HashMap<>();
        root.get("variants").fields().forEachRemaining(f -> variants.put(f.getKey(), f.getValue().asText()));
        return new ChannelVocabulary(standard, extras, variants);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final List<String> standard;
  private final Map<String, String> standardByKey = new HashMap<>();
  private final Set<String> extras = new LinkedHashSet<>();
  private final Map<String, String> variants = new HashMap<>();

  ChannelVocabulary(List<String> standard, List<String> extras, Map<String, String> variants) {
    this.standard = List.copyOf(standard);
    standard.forEach(s -> standardByKey.put(key(s), s));
    extras.forEach(s -> this.extras.add(key(s)));
    variants.forEach((k, v) -> this.variants.put(key(k), v));
  }

  public static ChannelVocabulary shipped() {
    return Shipped.INSTANCE;
  }

  /** This vocabulary with more accepted names (configuration {@code options.channels}). */
  public ChannelVocabulary withExtras(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> ex = new ArrayList<>(extras);
    ex.addAll(more);
    ChannelVocabulary v = new ChannelVocabulary(standard, ex, Map.of());
    v.variants.putAll(variants);
    return v;
  }

  /** The matching key: no blanks, half-width, Simplified; 、 between words is taken as /. */
  public static String key(String name) {
    return Texts.toHalfWidth(Texts.toSimplified(Texts.compact(name))).replace('、', '/');
  }

  public List<String> standard() {
    return standard;
  }

  /** The standard name written exactly or with other blanks or widths, or null. */
  public String standardName(String written) {
    return standardByKey.get(key(written));
  }

  public boolean isExtra(String written) {
    return extras.contains(key(written));
  }

  /** The standard name a known variant stands for, or null. */
  public String variantOf(String written) {
    return variants.get(key(written));
  }

  /** The standard name most like an unknown one (most shared characters, then the shorter distance). */
  public String nearest(String written) {
    String k = key(written);
    String best = null;
    double bestScore = -1;
    for (String s : standard) {
      if (s.equals("其他")) {
        continue;
      }
      String sk = key(s);
      int shared = 0;
      for (int i = 0; i < k.length(); i++) {
        if (sk.indexOf(k.charAt(i)) >= 0) {
          shared++;
        }
      }
      double score = shared / (double) Math.max(1, Math.max(k.length(), sk.length()));
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return bestScore > 0 ? best : null;
  }
}
