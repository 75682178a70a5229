package org.gkml.compare;

import java.util.List;

/**
 * One way a matched item falls short of its reference item. {@code element} is the JSON element name (deadline,
 * channel, audience, mode, level, basis); {@code kind} says how ({@code deadline-longer}, {@code deadline-vague},
 * {@code deadline-missing}, {@code channel-missing}, {@code audience-other}, {@code mode-other},
 * {@code level-missing}, {@code basis-missing}); {@code expected} and {@code actual} are the texts compared;
 * {@code missing} lists what the reference has and the item lacks (channels, levels, laws).
 */
public record Shortfall(String element, String kind, String expected, String actual, List<String> missing) {}
