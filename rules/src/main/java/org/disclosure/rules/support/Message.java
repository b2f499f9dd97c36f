package org.disclosure.rules.support;

/** A message in both languages. */
public record Message(String zh, String en) {
}
