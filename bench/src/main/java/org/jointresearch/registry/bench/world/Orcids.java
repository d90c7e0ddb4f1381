package org.jointresearch.registry.bench.world;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Hands out ORCID iDs that carry a correct ISO 7064 MOD 11-2 check character, never the same one twice. */
final class Orcids {

    /** The blocks ORCID has issued from: 0000-0001 to 0000-0003, and 0009-0000 onwards for newer iDs. */
    private static final String[] BLOCKS = {"00000001", "00000002", "00000003", "00090000", "00090001", "00090002"};

    private final Set<String> issued = new HashSet<>();

    String next(SplittableRandom random) {
        String orcid;
        do {
            var digits = new StringBuilder(16).append(BLOCKS[random.nextInt(BLOCKS.length)]);
            for (int i = 0; i < 7; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            digits.append(checkCharacter(digits));
            orcid = digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                    + digits.substring(12);
        } while (!issued.add(orcid));
        return orcid;
    }

    static char checkCharacter(CharSequence fifteenDigits) {
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + fifteenDigits.charAt(i) - '0') * 2;
        }
        int check = (12 - total % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
