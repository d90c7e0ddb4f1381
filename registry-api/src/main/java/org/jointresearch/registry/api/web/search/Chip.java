package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.project.ProjectStatus;

/**
 * A filter in force, shown above the results with the link that lifts it.
 *
 * @param kindKey the interface string that says what kind of filter it is
 * @param status  the status filtered on, named in the page's language; null for other filters
 */
public record Chip(String kindKey, String name, @Nullable String nameZh, @Nullable ProjectStatus status,
                   String removeHref) {
}
