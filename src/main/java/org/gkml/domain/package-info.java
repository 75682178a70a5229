/**
 * Domain knowledge with no I/O beyond reading the shipped reference catalogs: structured deadlines, law
 * citations and the law registry, the channel vocabulary. Rules use these; readers never do.
 */
package org.gkml.domain;
