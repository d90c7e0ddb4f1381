package org.jointresearch.registry.api.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Records of the demo world (registry-core's demo/demo-world.json), which tests load with
 * {@code registry.demo-data}: their ids, derived from section and key as the import derives them.
 */
final class DemoWorld {

    static final UUID HKUST = id("institutions", "hkust");
    static final UUID ZJU = id("institutions", "zju");
    static final UUID ZJU_MEDICINE = id("institutions", "zju-med");
    static final UUID FIRST_AFFILIATED_HOSPITAL = id("institutions", "fahzu");
    static final UUID SECOND_AFFILIATED_HOSPITAL = id("institutions", "sahzu");
    static final UUID SIR_RUN_RUN_SHAW_HOSPITAL = id("institutions", "srrsh");
    static final UUID LIVER_FAILURE_PROJECT = id("projects", "demo-p-phlf-ct-deep-learning");
    static final UUID ZHOU_YIRAN = id("people", "demo-zhou-yiran");
    static final UUID HOSPITAL_MOU = id("agreements", "hkust-fahzu-mou");
    static final UUID AI_MEDICINE_CENTRE = id("centres", "demo-centre-ai-medicine");
    static final UUID IMAGING_TEAM = id("teams", "demo-team-imaging-ai");
    static final UUID RESEARCH_EXCHANGE = id("programmes", "demo-prog-fahzu-research-exchange");

    private DemoWorld() {
    }

    static UUID id(String section, String key) {
        return UUID.nameUUIDFromBytes(("joint-research-registry:" + section + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
