package org.gkml.pipeline;

/** A source row that gives no item, and why: a key of the UI bundle with its argument (the value found). */
public record SkippedRow(SourceRow row, String name, String reasonKey, String value) {}
