/** The commands: thin picocli classes over the readers, rules, pipeline and writers. Only this package sees picocli. */
package org.gkml.cli;
