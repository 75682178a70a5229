/**
 * From 权责清单 / 公共服务事项清单 rows to disclosure items sorted into pilot fields: derive the items a row's category
 * generates (the mapping), merge the same matter from both lists, classify each matter into a field.
 */
package org.gkml.pipeline;
