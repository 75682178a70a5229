/** Readers: files → rows with locations (xlsx, xls, csv) and YAML catalogs → items. Knows nothing about rules. */
package org.gkml.read;
