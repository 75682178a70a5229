package org.gkml.model;

/**
 * One chosen option of a tick group (公开对象, 公开方式, 公开层级): {@code option} is the canonical option
 * (全社会, 特定群体, 主动, 依申请, 县级, 乡级, 村级); {@code asText} is true when the cell held words rather than
 * a tick mark (read as intended, but worth a note); {@code detail} is a named group such as 低保对象.
 */
public record Tick(String option, Element cell, boolean asText, String detail) {}
