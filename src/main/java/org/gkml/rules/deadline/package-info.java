/** Checks of 公开时限: vague, over the statutory limit, frequencies instead of limits, reply periods. */
package org.gkml.rules.deadline;
