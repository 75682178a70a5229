package org.gkml.reference;

import java.util.List;

/**
 * One pilot field (试点领域) of 国办发〔2019〕54号, or a local merge of several (自然资源): its stable code, national
 * name and number (null for a local field), aliases, issuing department and document, and the cues that sort
 * list items into it ({@code cueCategories}: power categories that, from one of the field's departments, point
 * to the field whatever the name says). {@code mergedInto} names the local field a county may publish it under.
 */
public record PilotField(
    String code,
    String name,
    Integer number,
    List<String> aliases,
    String department,
    String document,
    String mergedInto,
    List<String> merges,
    List<String> cueDepartments,
    List<String> keywords,
    List<String> exclude,
    List<String> cueCategories) {

  /** True for the 26 fields of the national list; false for local merges. */
  public boolean national() {
    return number != null;
  }
}
