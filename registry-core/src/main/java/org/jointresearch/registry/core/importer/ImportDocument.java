package org.jointresearch.registry.core.importer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.programme.ProgrammeKind;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The registry's JSON import format (documented in the README): records of each kind refer to
 * each other by {@code key}, a slug unique within its section, instead of by database id. Every
 * section may be left out.
 */
@Serdeable
@Introspected
public record ImportDocument(@Nullable List<@NotNull @Valid InstitutionEntry> institutions,
                             @Nullable List<@NotNull @Valid PersonEntry> people,
                             @Nullable List<@NotNull @Valid AgreementEntry> agreements,
                             @Nullable List<@NotNull @Valid CentreEntry> centres,
                             @Nullable List<@NotNull @Valid TeamEntry> teams,
                             @Nullable List<@NotNull @Valid ProjectEntry> projects,
                             @Nullable List<@NotNull @Valid ProgrammeEntry> programmes) {

    /** An institution; {@code parent} is the key of another institution. */
    @Serdeable
    @Introspected
    public record InstitutionEntry(@NotBlank String key, String name, @Nullable String nameZh,
                                   @Nullable List<String> aliases,
                                   InstitutionKind kind, @Nullable String parent, @Nullable String rorId,
                                   @Nullable String city, @Nullable String countryCode, @Nullable String website) {
    }

    @Serdeable
    @Introspected
    public record PersonEntry(@NotBlank String key, String name, @Nullable String nameZh, @Nullable String honorific,
                              @Nullable String orcid, @Nullable String email, @Nullable String expertise,
                              @Nullable List<String> disciplineCodes,
                              @Nullable List<@NotNull @Valid AffiliationEntry> affiliations) {
    }

    @Serdeable
    @Introspected
    public record AffiliationEntry(String institution, @Nullable String position, @Nullable LocalDate from,
                                   @Nullable LocalDate to) {
    }

    @Serdeable
    @Introspected
    public record AgreementEntry(@NotBlank String key, String title, AgreementKind kind, List<String> parties,
                                 @Nullable LocalDate signedOn, @Nullable LocalDate effectiveFrom,
                                 @Nullable LocalDate effectiveTo, AgreementStatus status,
                                 @Nullable List<String> areaCodes,
                                 @Nullable List<@NotNull @Valid SignatoryEntry> signatories,
                                 @Nullable String summary) {
    }

    @Serdeable
    @Introspected
    public record SignatoryEntry(String person, String institution, @Nullable String role) {
    }

    @Serdeable
    @Introspected
    public record CentreEntry(@NotBlank String key, String name, @Nullable String nameZh, @Nullable String agreement,
                              List<String> institutions, @Nullable List<String> disciplineCodes,
                              @Nullable LocalDate establishedOn, CentreStatus status, @Nullable String description,
                              @Nullable List<String> directors, @Nullable String website) {
    }

    @Serdeable
    @Introspected
    public record TeamEntry(@NotBlank String key, String name, @Nullable String centre,
                            @Nullable List<String> institutions,
                            @Nullable List<String> disciplineCodes, @Nullable String lead,
                            @Nullable List<@NotNull @Valid MemberEntry> members) {
    }

    @Serdeable
    @Introspected
    public record MemberEntry(String person, @Nullable String role, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    @Serdeable
    @Introspected
    public record ProjectEntry(@NotBlank String key, String title, @Nullable String summary,
                               @Nullable List<String> keywords,
                               List<String> disciplineCodes, ProjectStatus status, @Nullable LocalDate startsOn,
                               @Nullable LocalDate endsOn, @Nullable String centre, @Nullable String team,
                               @Nullable String agreement, @Nullable List<String> institutions,
                               @Nullable List<@NotNull @Valid ParticipantEntry> people,
                               @Nullable List<@NotNull @Valid FundingEntry> funding) {
    }

    @Serdeable
    @Introspected
    public record ParticipantEntry(String person, ProjectRole role) {
    }

    @Serdeable
    @Introspected
    public record FundingEntry(String source, @Nullable BigDecimal amount, @Nullable String currency) {
    }

    @Serdeable
    @Introspected
    public record ProgrammeEntry(@NotBlank String key, String name, ProgrammeKind kind, @Nullable String agreement,
                                 String host,
                                 @Nullable List<String> partners, @Nullable LocalDate startsOn,
                                 @Nullable LocalDate endsOn, @Nullable Integer places, @Nullable String description) {
    }
}
