package org.jointresearch.registry.core.change;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

/** Reads the audit trail of one record, newest change first. */
@Singleton
public class ChangeHistory {

    private final ChangeLogRepository changeLog;

    ChangeHistory(ChangeLogRepository changeLog) {
        this.changeLog = changeLog;
    }

    @ReadOnly
    public Page<ChangeEntry> of(String entityType, Object id, Pageable pageable) {
        return changeLog.findByEntityTypeAndEntityIdOrderByIdDesc(entityType, id.toString(), pageable);
    }
}
