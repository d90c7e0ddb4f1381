package org.jointresearch.registry.api.web.programme;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.programme.Programme;

import java.util.List;

/** What an exchange or training programme's page shows: the programme, its agreement, host and partners. */
public record ProgrammePage(Programme programme, @Nullable Ref agreement, Ref host, List<Ref> partners) {
}
