package org.jointresearch.registry.api.person;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for people, with names made unique so tests never collide in the shared database. */
public final class PersonFixtures {

    private PersonFixtures() {
    }

    /** A clinician-researcher in AI in medicine, without affiliations. */
    public static Map<String, Object> researcher(String name) {
        var body = new HashMap<String, Object>();
        body.put("name", unique(name));
        body.put("nameZh", "李华");
        body.put("honorific", "Prof.");
        body.put("email", "li.hua@example.org");
        body.put("expertise", "Deep learning for medical image diagnosis");
        body.put("disciplineCodes", List.of("3.2.1"));
        body.put("affiliations", List.of());
        return body;
    }

    /** A researcher holding a professorship at the institution since 2020. */
    public static Map<String, Object> affiliatedWith(Object institutionId, String name) {
        var body = researcher(name);
        body.put("affiliations", List.of(affiliation(institutionId, "2020-09-01", null)));
        return body;
    }

    public static Map<String, Object> affiliation(Object institutionId, String from, String to) {
        var affiliation = new HashMap<String, Object>();
        affiliation.put("institutionId", institutionId);
        affiliation.put("position", "Professor");
        affiliation.put("from", from);
        affiliation.put("to", to);
        return affiliation;
    }

    /** An ORCID iD nobody else in the test database has, with a correct check character. */
    public static String randomOrcid() {
        var random = ThreadLocalRandom.current();
        var digits = new StringBuilder("0000");
        for (int i = 0; i < 11; i++) {
            digits.append(random.nextInt(10));
        }
        int total = 0;
        for (char digit : digits.toString().toCharArray()) {
            total = (total + digit - '0') * 2;
        }
        int check = (12 - total % 11) % 11;
        digits.append(check == 10 ? "X" : String.valueOf(check));
        var groups = new ArrayList<String>();
        for (int start = 0; start < 16; start += 4) {
            groups.add(digits.substring(start, start + 4));
        }
        return String.join("-", groups);
    }
}
