package org.jointresearch.registry.core.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RorIdTest {

    @Test
    void acceptsPublishedRorIds() {
        // HKUST, Zhejiang University, Harvard University, the University of Hong Kong.
        assertThat(List.of("00q4vv597", "00a2xv884", "03vek6s52", "02zhqgq86"))
                .allSatisfy(id -> assertThat(RorId.isValid(id)).as(id).isTrue());
        assertThat(new RorId("00q4vv597").value()).isEqualTo("00q4vv597");
    }

    @Test
    void refusesAWrongChecksum() {
        assertThat(List.of("00q4vv598", "00q4vv596", "00a2xv885", "03vek6s25"))
                .allSatisfy(id -> assertThat(RorId.isValid(id)).as(id).isFalse());
    }

    @Test
    void refusesAnythingNotShapedLikeARorId() {
        assertThat(List.of("", "00q4vv59", "00q4vv5970", "10q4vv597", "00Q4VV597", "00q4iv597", "00q4lv597",
                "00q4ov597", "00q4uv597", "https://ror.org/00q4vv597", "00q4vv5x7"))
                .allSatisfy(id -> assertThat(RorId.isValid(id)).as(id).isFalse());
        assertThat(RorId.isValid(null)).isFalse();
    }

    @Test
    void cannotBeConstructedInvalid() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RorId("00q4vv598"));
    }
}
