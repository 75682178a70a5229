/**
 * Comparing catalogs: a catalog against its field's reference items ({@link org.gkml.compare.Coverage}) and two
 * versions of a catalog ({@link org.gkml.compare.CatalogDiff}); item names are matched by {@link org.gkml.compare.Names}.
 */
package org.gkml.compare;
