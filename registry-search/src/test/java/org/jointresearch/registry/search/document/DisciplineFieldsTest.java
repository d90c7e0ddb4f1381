package org.jointresearch.registry.search.document;

import org.jointresearch.registry.core.discipline.Discipline;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DisciplineFieldsTest {

    private static final Map<String, Discipline> TREE = Map.of(
            "3", discipline("3", "Medical and health sciences", "医学与健康科学"),
            "3.2", discipline("3.2", "Clinical medicine", "临床医学"),
            "3.2.1", discipline("3.2.1", "AI in medicine", "人工智能医学"),
            "3.2.2", discipline("3.2.2", "Medical imaging", null));

    @Test
    void spellsOutEveryAncestorOfEachCodeOnceParentsFirst() {
        assertThat(DisciplineFields.ancestorsOf(List.of("3.2.1", "3.2.2", "1.2")))
                .containsExactly("3", "3.2", "3.2.1", "3.2.2", "1", "1.2");
    }

    @Test
    void namesTheCodesAndTheirAncestorsInBothLanguages() {
        var fields = DisciplineFields.of(List.of("3.2.1", "3.2.2"), code -> Optional.ofNullable(TREE.get(code)));

        assertThat(fields.codes()).containsExactly("3.2.1", "3.2.2");
        assertThat(fields.names()).containsExactly("Medical and health sciences", "医学与健康科学",
                "Clinical medicine", "临床医学", "AI in medicine", "人工智能医学", "Medical imaging");
    }

    private static Discipline discipline(String code, String name, String nameZh) {
        return new Discipline(null, 0L, null, null, code, name, nameZh, Discipline.parentOf(code));
    }
}
