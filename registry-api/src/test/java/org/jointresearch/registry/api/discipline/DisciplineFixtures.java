package org.jointresearch.registry.api.discipline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for disciplines under codes no other test uses. */
final class DisciplineFixtures {

    /** Registry-specific children go under 6.5 Other humanities, which the seed leaves childless. */
    private static final String FREE_PARENT = "6.5";
    private static final AtomicInteger NEXT_CHILD = new AtomicInteger(1);

    private DisciplineFixtures() {
    }

    /** A third-level discipline under {@value #FREE_PARENT} whose code no earlier call returned. */
    static Map<String, Object> freshChild(String name) {
        return discipline(FREE_PARENT + "." + NEXT_CHILD.getAndIncrement(), name, FREE_PARENT);
    }

    static Map<String, Object> discipline(String code, String name, String parentCode) {
        var body = new HashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("nameZh", "数字人文");
        body.put("parentCode", parentCode);
        return body;
    }
}
