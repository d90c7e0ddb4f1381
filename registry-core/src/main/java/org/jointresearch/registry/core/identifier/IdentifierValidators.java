package org.jointresearch.registry.core.identifier;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

/** Registers the identifier checks with Micronaut validation; an absent value is left to {@code @NotNull}. */
@Factory
class IdentifierValidators {

    @Singleton
    ConstraintValidator<ValidRorId, String> rorIdValidator() {
        return (value, annotation, context) -> value == null || RorId.isValid(value);
    }

    @Singleton
    ConstraintValidator<ValidOrcid, String> orcidValidator() {
        return (value, annotation, context) -> value == null || Orcid.isValid(value);
    }

    @Singleton
    ConstraintValidator<ValidCountryCode, String> countryCodeValidator() {
        return (value, annotation, context) -> value == null || CountryCodes.isValid(value);
    }

    @Singleton
    ConstraintValidator<ValidCurrency, String> currencyValidator() {
        return (value, annotation, context) -> value == null || CurrencyCodes.isValid(value);
    }
}
