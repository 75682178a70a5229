package org.gkml.model;

/**
 * One row of a 公共服务事项清单 (service list): 事项名称, 事项类型, 服务对象, 办理依据, 办理时限, 实施主体,
 * 办理地点, 咨询电话, 监督电话, 收费标准 and 备注.
 */
public record ServiceRecord(
    Location location,
    Element name,
    Element category,
    Element target,
    Element basis,
    Element deadline,
    Element subject,
    Element place,
    Element phone,
    Element supervision,
    Element fee,
    Element remark)
    implements Record {

  @Override
  public String label() {
    return name.text();
  }
}
