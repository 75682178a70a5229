/** Findings → text, JSON (CONTRACT.md) and the CI formats. */
package org.gkml.report;
