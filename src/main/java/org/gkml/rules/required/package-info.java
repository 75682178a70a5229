/** Baseline rules: every required element present, every required column there, one choice where one is due. */
package org.gkml.rules.required;
