/** What {@code gkml lint} adds to checking: finding catalog files under directories, inline suppressions, baselines. */
package org.gkml.lint;
