/** Checks of 公开主体: a named body, not a vague word or a role, at the right level, known to the county. */
package org.gkml.rules.owner;
