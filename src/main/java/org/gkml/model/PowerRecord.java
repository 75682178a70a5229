package org.gkml.model;

/**
 * One row of a 权责清单 (power list): 职权编码, 职权类型, 职权名称, 子项, 实施依据, 实施主体, 承办机构,
 * 责任事项, 行使层级, 办理时限 and 备注.
 */
public record PowerRecord(
    Location location,
    Element code,
    Element category,
    Element name,
    Element subItem,
    Element basis,
    Element subject,
    Element agency,
    Element duty,
    Element level,
    Element deadline,
    Element remark)
    implements Record {

  @Override
  public String label() {
    return subItem.isPresent() ? name.text() + "/" + subItem.text() : name.text();
  }
}
