package org.jointresearch.registry.core.institution;

/** What sort of body an institution is; decides nothing by itself but is shown and filtered on. */
public enum InstitutionKind {
    UNIVERSITY,
    MEDICAL_SCHOOL,
    HOSPITAL,
    RESEARCH_INSTITUTE,
    COMPANY,
    GOVERNMENT,
    OTHER
}
