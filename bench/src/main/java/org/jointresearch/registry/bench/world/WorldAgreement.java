package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.importer.ImportDocument.AgreementEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement of the world.
 *
 * @param parties indexes of the institutions that are party to it
 * @param start   the day it takes effect, or is planned to
 */
record WorldAgreement(int index, String key, List<Integer> parties, LocalDate start, AgreementStatus status,
                      List<String> areaCodes, AgreementEntry entry) {
}
