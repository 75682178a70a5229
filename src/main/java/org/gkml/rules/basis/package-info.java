/** Checks of 公开依据: citations present, brackets and numbers well formed, laws current and titled in full. */
package org.gkml.rules.basis;
