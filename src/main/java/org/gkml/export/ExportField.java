package org.gkml.export;

/**
 * The pilot field one exported catalog belongs to: {@code code} as in catalogs/pilot-fields.yaml (YWJY, SHJZ, …),
 * {@code name} its Chinese name (义务教育), {@code region} the county or township (清溪县; may be empty).
 */
public record ExportField(String region, String code, String name) {

  /** The template's title row: {@code 清溪县义务教育领域基层政务公开标准目录}. */
  public String title() {
    return (region == null ? "" : region) + name + "领域基层政务公开标准目录";
  }
}
