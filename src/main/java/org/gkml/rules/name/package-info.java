/** Checks of 公开事项名称 and 公开内容, and the naming norms of 权责清单 powers. */
package org.gkml.rules.name;
