package org.gkml.model;

/**
 * One channel named in a 公开渠道和载体 cell: the name as written, whether it is chosen, and the glyph that
 * marked it (0 for a list without glyphs). {@code detail} is free text after 其他 (其他：国家企业信用信息公示系统).
 */
public record ChannelMark(String name, boolean chosen, char glyph, String detail) {}
