package org.jointresearch.registry.core.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

    @Test
    void acceptsIsoAlpha2Codes() {
        assertThat(List.of("CN", "HK", "MO", "TW", "GB", "US", "DE"))
                .allSatisfy(code -> assertThat(CountryCodes.isValid(code)).as(code).isTrue());
    }

    @Test
    void refusesUnassignedCodesOtherCaseAndOtherFormats() {
        assertThat(List.of("XX", "ZZ", "UK", "cn", "Cn", "CHN", "156", "C", "", " CN"))
                .allSatisfy(code -> assertThat(CountryCodes.isValid(code)).as(code).isFalse());
        assertThat(CountryCodes.isValid(null)).isFalse();
    }
}
