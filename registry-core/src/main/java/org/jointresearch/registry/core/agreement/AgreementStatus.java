package org.jointresearch.registry.core.agreement;

/** Where an agreement stands: still being drafted, in force, run out, or ended early. */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    EXPIRED,
    TERMINATED
}
