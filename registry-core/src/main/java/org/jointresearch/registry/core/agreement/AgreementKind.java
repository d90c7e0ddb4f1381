package org.jointresearch.registry.core.agreement;

/** What sort of commitment an agreement is. */
public enum AgreementKind {
    MOU,
    STRATEGIC_PARTNERSHIP,
    FRAMEWORK,
    OTHER
}
