/**
 * The rules: one small class (or table entry) each, with a stable id, the element it checks, a default severity
 * and zh/en texts in {@code messages*.properties}. Rules see items, never files.
 */
package org.gkml.rules;
