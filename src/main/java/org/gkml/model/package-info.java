/** The domain model: catalog items and list records whose every element knows the place it came from. No I/O. */
package org.gkml.model;
