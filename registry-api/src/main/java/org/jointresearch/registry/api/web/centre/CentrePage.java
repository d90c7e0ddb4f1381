package org.jointresearch.registry.api.web.centre;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.centre.Centre;

import java.util.List;

/** What a joint research centre's page shows: the centre, who runs it, and its teams and projects. */
public record CentrePage(Centre centre, @Nullable Ref agreement, List<Ref> institutions, List<Ref> disciplines,
                         List<Ref> directors, Excerpt<Ref> teams, Excerpt<Ref> projects) {
}
