package org.jointresearch.registry.api.web;

/** A choice of a {@code <select>} or a group of checkboxes: the value the form sends, and the text the reader sees. */
public record Option(String value, String text) {
}
