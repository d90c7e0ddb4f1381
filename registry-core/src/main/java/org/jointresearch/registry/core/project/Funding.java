package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jointresearch.registry.core.identifier.ValidCurrency;

import java.math.BigDecimal;

/** Money a project receives: who grants it and, when known, how much in which currency. */
@Introspected
@Serdeable
public record Funding(
        @NotBlank @Size(max = 300) String source,
        // The column is numeric(18, 2): sixteen digits before the point, cents after it.
        @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @Nullable @ValidCurrency String currency) {

    /** The funding as its row keeps it and reads back: the source stripped, 1200000 as 1200000.00. */
    public Funding asStored() {
        return new Funding(source.strip(), amount == null || amount.scale() >= 2 ? amount : amount.setScale(2),
                currency);
    }
}
