/** gkml.yaml: per-rule severities and rule options. */
package org.gkml.config;
