package org.jointresearch.registry.bench.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A whole run: where and when it ran, on what, at which size, and every figure.
 *
 * @param environment machine, date, versions and settings, by name, in the order they were read
 */
@Serdeable
public record Report(Map<String, String> environment, List<Figure> figures) {
}
