/** Writers: catalogs and reports → files, always through a temporary file moved into place. */
package org.gkml.write;
