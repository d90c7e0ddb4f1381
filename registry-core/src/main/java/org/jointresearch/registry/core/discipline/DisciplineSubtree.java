package org.jointresearch.registry.core.discipline;

/**
 * The list filter "classified under this discipline", shared by the repositories of everything that
 * carries {@code discipline_codes}. Codes nest by prefix ("3.2.1" lies under "3.2"), so the subtree
 * needs no lookup of the tree.
 */
public final class DisciplineSubtree {

    /** SQL that keeps a row when the {@code :discipline} parameter is null or one of its codes lies in its subtree. */
    public static final String CONDITION = """
            (CAST(:discipline AS text) IS NULL OR EXISTS (SELECT 1 FROM unnest(discipline_codes) code
                 WHERE code = :discipline OR starts_with(code, :discipline || '.')))""";

    private DisciplineSubtree() {
    }
}
