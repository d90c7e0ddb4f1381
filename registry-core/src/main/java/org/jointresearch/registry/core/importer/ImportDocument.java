package org.jointresearch.registry.core.importer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
public record ImportDocument(@Nullable List<InstitutionEntry> institutions, @Nullable List<PersonEntry> people,
                             @Nullable List<AgreementEntry> agreements, @Nullable List<CentreEntry> centres,
                             @Nullable List<TeamEntry> teams, @Nullable List<ProjectEntry> projects,
                             @Nullable List<ProgrammeEntry> programmes) {

    /** An institution; {@code parent} is the key of another institution. */
    @Serdeable
    public record InstitutionEntry(String key, String name, @Nullable String nameZh, @Nullable List<String> aliases,
                                   InstitutionKind kind, @Nullable String parent, @Nullable String rorId,
                                   @Nullable String city, @Nullable String countryCode, @Nullable String website) {
    }

    @Serdeable
    public record PersonEntry(String key, String name, @Nullable String nameZh, @Nullable String honorific,
                              @Nullable String orcid, @Nullable String email, @Nullable String expertise,
                              @Nullable List<String> disciplineCodes, @Nullable List<AffiliationEntry> affiliations) {
    }

    @Serdeable
    public record AffiliationEntry(String institution, @Nullable String position, @Nullable LocalDate from,
                                   @Nullable LocalDate to) {
    }

    @Serdeable
    public record AgreementEntry(String key, String title, AgreementKind kind, List<String> parties,
                                 @Nullable LocalDate signedOn, @Nullable LocalDate effectiveFrom,
                                 @Nullable LocalDate effectiveTo, AgreementStatus status,
                                 @Nullable List<String> areaCodes, @Nullable List<SignatoryEntry> signatories,
                                 @Nullable String summary) {
    }

    @Serdeable
    public record SignatoryEntry(String person, String institution, @Nullable String role) {
    }

    @Serdeable
    public record CentreEntry(String key, String name, @Nullable String nameZh, @Nullable String agreement,
                              List<String> institutions, @Nullable List<String> disciplineCodes,
                              @Nullable LocalDate establishedOn, CentreStatus status, @Nullable String description,
                              @Nullable List<String> directors, @Nullable String website) {
    }

    @Serdeable
    public record TeamEntry(String key, String name, @Nullable String centre, @Nullable List<String> institutions,
                            @Nullable List<String> disciplineCodes, @Nullable String lead,
                            @Nullable List<MemberEntry> members) {
    }

    @Serdeable
    public record MemberEntry(String person, @Nullable String role, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    @Serdeable
    public record ProjectEntry(String key, String title, @Nullable String summary, @Nullable List<String> keywords,
                               List<String> disciplineCodes, ProjectStatus status, @Nullable LocalDate startsOn,
                               @Nullable LocalDate endsOn, @Nullable String centre, @Nullable String team,
                               @Nullable String agreement, @Nullable List<String> institutions,
                               @Nullable List<ParticipantEntry> people, @Nullable List<FundingEntry> funding) {
    }

    @Serdeable
    public record ParticipantEntry(String person, ProjectRole role) {
    }

    @Serdeable
    public record FundingEntry(String source, @Nullable BigDecimal amount, @Nullable String currency) {
    }

    @Serdeable
    public record ProgrammeEntry(String key, String name, ProgrammeKind kind, @Nullable String agreement, String host,
                                 @Nullable List<String> partners, @Nullable LocalDate startsOn,
                                 @Nullable LocalDate endsOn, @Nullable Integer places, @Nullable String description) {
    }
}
