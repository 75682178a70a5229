/** Checking files: pick the reader, stream its records through the rules, collect one result per file. */
package org.gkml.check;
