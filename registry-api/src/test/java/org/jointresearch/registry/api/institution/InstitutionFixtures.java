package org.jointresearch.registry.api.institution;


import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for institutions, with names made unique so tests never collide in the shared database. */
public final class InstitutionFixtures {

    private InstitutionFixtures() {
    }

    public static Map<String, Object> university(String name) {
        var body = new HashMap<String, Object>();
        body.put("name", unique(name));
        body.put("nameZh", "浙江大学");
        body.put("aliases", List.of("ZJU", "浙大"));
        body.put("kind", "UNIVERSITY");
        body.put("city", "Hangzhou");
        body.put("countryCode", "CN");
        body.put("website", "https://www.zju.edu.cn");
        return body;
    }

    public static Map<String, Object> childOf(Object parentId, String kind, String name) {
        var body = new HashMap<String, Object>();
        body.put("name", unique(name));
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("countryCode", "CN");
        return body;
    }

    /** A ROR id nobody else in the test database has, with a correct checksum. */
    public static String randomRorId() {
        var alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        var random = ThreadLocalRandom.current();
        var body = new StringBuilder("0");
        long number = 0;
        for (int i = 0; i < 6; i++) {
            int digit = random.nextInt(32);
            body.append(alphabet.charAt(digit));
            number = number * 32 + digit;
        }
        return body.append(String.format("%02d", 98 - (number * 100) % 97)).toString();
    }

}
