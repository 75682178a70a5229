/** Text normalisation shared by readers and rules: blanks inside words, full-width forms, Traditional characters. */
package org.gkml.text;
