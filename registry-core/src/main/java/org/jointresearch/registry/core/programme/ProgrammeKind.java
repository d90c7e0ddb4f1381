package org.jointresearch.registry.core.programme;

/** What a programme exchanges or trains. */
public enum ProgrammeKind {
    STUDENT_EXCHANGE,
    FACULTY_EXCHANGE,
    JOINT_TRAINING,
    INTERNSHIP
}
