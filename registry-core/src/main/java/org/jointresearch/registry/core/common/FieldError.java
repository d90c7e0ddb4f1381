package org.jointresearch.registry.core.common;

/** One reason a request was refused, naming the field (JSON path, e.g. {@code parties[1]}) it concerns. */
public record FieldError(String field, String message) {
}
