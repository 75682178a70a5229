/** Checks of 公开渠道和载体 against the channel vocabulary, and of 公开对象/公开方式/公开层级 ticks. */
package org.gkml.rules.channel;
