/** Reference data gkml ships in {@code catalogs/}: the pilot fields and the list-to-catalog mapping. */
package org.gkml.reference;
