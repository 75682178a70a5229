package org.gkml.model;

/** The elements of a catalog item, with the JSON names of CONTRACT.md ({@code item}/{@code file} for whole rows/files). */
public enum ElementKind {
  NAME("name"),
  CONTENT("content"),
  BASIS("basis"),
  DEADLINE("deadline"),
  OWNER("owner"),
  CHANNEL("channel"),
  AUDIENCE("audience"),
  MODE("mode"),
  LEVEL("level"),
  ITEM("item"),
  FILE("file");

  private final String jsonName;

  ElementKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
