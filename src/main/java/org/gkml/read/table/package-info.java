/** Tables → records: header recognition, merged cells, 同上, tick marks and channel boxes. */
package org.gkml.read.table;
