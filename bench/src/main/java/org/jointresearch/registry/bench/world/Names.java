package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.Term;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Invented place names and people's names in the three styles of the world: mainland, Hong Kong, western. */
final class Names {

    private static final String MAINLAND = "cn";
    private static final String HONG_KONG = "hk";

    /** A place: its name, in Chinese, and its initials for acronyms (Qinghe, 青河, QH). */
    record Place(String en, String zh, String initials) {
    }

    /** A person's name, in Chinese where it has a Chinese form, and the start of their e-mail address. */
    record PersonName(String name, String nameZh, String mailbox) {
    }

    private final Lexicon lexicon;

    Names(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Place place(String style, SplittableRandom random) {
        var parts = lexicon.places.get(style);
        Term first;
        Term second;
        do {
            first = pick(parts.first(), random);
            second = pick(parts.second(), random);
        } while (first.en().equalsIgnoreCase(second.en()));
        var initials = "" + first.en().charAt(0) + Character.toUpperCase(second.en().charAt(0));
        return switch (style) {
            case MAINLAND -> new Place(first.en() + syllableBreak(second.en()) + second.en(), first.zh() + second.zh(),
                    initials);
            case HONG_KONG -> new Place(first.en() + " " + second.en(), first.zh() + second.zh(), initials);
            default -> new Place(first.en() + second.en(), first.zh() + second.zh(), first.en().substring(0, 1));
        };
    }

    /**
     * A name for someone working at an institution of the given place style: mostly names of that place, with
     * mainland scholars in Hong Kong and abroad, and western colleagues everywhere.
     */
    PersonName person(String institutionStyle, SplittableRandom random) {
        double draw = random.nextDouble();
        return switch (institutionStyle) {
            case MAINLAND -> draw < 0.96 ? mainland(true, random) : western(random);
            case HONG_KONG -> draw < 0.55 ? hongKong(random) : draw < 0.85 ? mainland(true, random) : western(random);
            default -> draw < 0.5 ? western(random) : draw < 0.85 ? mainland(false, random)
                    : hongKongEnglish(random);
        };
    }

    /**
     * A name for the head of an institution: heads are chosen at home, so a mainland institution's is mainland
     * Chinese, a Hong Kong one's from Hong Kong or the mainland, and the others' western.
     */
    PersonName head(String institutionStyle, SplittableRandom random) {
        return switch (institutionStyle) {
            case MAINLAND -> mainland(true, random);
            case HONG_KONG -> random.nextDouble() < 0.7 ? hongKong(random) : mainland(true, random);
            default -> western(random);
        };
    }

    /** Wang Xiaoming (王晓明), or Xiaoming Wang outside China. */
    private PersonName mainland(boolean surnameFirst, SplittableRandom random) {
        var surname = lexicon.chineseSurnames.pick(random);
        var first = pick(lexicon.chineseGiven, random);
        var given = Templates.capitalised(first.en());
        var givenZh = first.zh();
        var initials = first.en().substring(0, 1);
        if (random.nextDouble() < 0.75) {
            var second = pick(lexicon.chineseGiven, random);
            given += syllableBreak(second.en()) + second.en();
            givenZh += second.zh();
            initials += second.en().charAt(0);
        }
        var name = surnameFirst ? surname.en() + " " + given : given + " " + surname.en();
        var mailbox = random.nextBoolean() ? surname.en() + initials : given + "." + surname.en();
        return new PersonName(name, surname.zh() + givenZh, mailbox);
    }

    /** Chan Ka-wai (陈家伟), or with an English given name, Karen Chan. */
    private PersonName hongKong(SplittableRandom random) {
        if (random.nextBoolean()) {
            return hongKongEnglish(random);
        }
        var surname = lexicon.cantoneseSurnames.pick(random);
        var first = pick(lexicon.cantoneseGiven, random);
        var second = pick(lexicon.cantoneseGiven, random);
        var given = Templates.capitalised(first.en()) + "-" + second.en();
        var mailbox = random.nextBoolean() ? "" + first.en().charAt(0) + second.en().charAt(0) + surname.en()
                : first.en() + second.en() + "." + surname.en();
        return new PersonName(surname.en() + " " + given, surname.zh() + first.zh() + second.zh(), mailbox);
    }

    /** Karen Chan, who also has a Chinese name (陈家伟) though she does not use it in English. */
    private PersonName hongKongEnglish(SplittableRandom random) {
        var surname = lexicon.cantoneseSurnames.pick(random);
        var given = pick(lexicon.englishGiven, random);
        var nameZh = surname.zh() + pick(lexicon.cantoneseGiven, random).zh() + pick(lexicon.cantoneseGiven, random).zh();
        return new PersonName(given + " " + surname.en(), nameZh, given + "." + surname.en());
    }

    private PersonName western(SplittableRandom random) {
        var given = random.nextDouble() < 0.2 ? pick(lexicon.englishGiven, random) : pick(lexicon.westernGiven, random);
        var family = pick(lexicon.westernFamily, random);
        var mailbox = random.nextBoolean() ? given.charAt(0) + "." + family : given + "." + family;
        return new PersonName(given + " " + family, null, mailbox);
    }

    /** Pinyin marks where a syllable starting with a vowel begins: Chang'an, not Changan. */
    private static String syllableBreak(String next) {
        return "aeo".indexOf(Character.toLowerCase(next.charAt(0))) >= 0 ? "'" : "";
    }

    /** Lower-case ASCII letters, digits and dots only: what every mail system accepts in an address. */
    static String mailboxOf(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        var mailbox = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.') {
                mailbox.append(c);
            }
        }
        return mailbox.toString();
    }

    /** Lower-case words joined by hyphens, for keys and web addresses. */
    static String slug(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        var slug = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (Character.isWhitespace(c) || c == '-') {
                if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                    slug.append('-');
                }
            }
        }
        return slug.toString().replaceAll("-$", "");
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
