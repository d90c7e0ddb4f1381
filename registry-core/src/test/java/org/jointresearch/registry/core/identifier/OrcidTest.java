package org.jointresearch.registry.core.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrcidTest {

    @Test
    void acceptsOrcidIdsWithTheRightCheckCharacter() {
        // ORCID's own documented examples, one of them ending in the check character X.
        assertThat(List.of("0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"))
                .allSatisfy(id -> assertThat(Orcid.isValid(id)).as(id).isTrue());
        assertThat(new Orcid("0000-0002-1694-233X").value()).endsWith("X");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(List.of("0000-0002-1825-0098", "0000-0002-1825-009X", "0000-0001-5109-3701",
                "0000-0002-1694-2330", "0000-0002-1825-0079"))
                .allSatisfy(id -> assertThat(Orcid.isValid(id)).as(id).isFalse());
    }

    @Test
    void refusesAnythingNotShapedLikeAnOrcidId() {
        assertThat(List.of("", "0000000218250097", "0000-0002-1825-009", "0000-0002-1825-00971",
                "0000-0002-1694-233x", "https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0O97",
                "0000 0002 1825 0097"))
                .allSatisfy(id -> assertThat(Orcid.isValid(id)).as(id).isFalse());
        assertThat(Orcid.isValid(null)).isFalse();
    }

    @Test
    void cannotBeConstructedInvalid() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Orcid("0000-0002-1825-0098"));
    }
}
