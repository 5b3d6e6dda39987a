package org.alliancetracker.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.panache.common.Parameters;

/**
 * What someone typed to find a name, compared with names as a key: in lower case, without accents, spaces and
 * punctuation, so that "hewlett packard" finds Hewlett-Packard, "redhat" finds Red Hat and "telecom paris" finds
 * Télécom Paris. The queries that use it put names equal to the text first, then names that start with it, then the
 * others.
 * <p>
 * The database keeps each name's key in a generated column beside it (migration V14, in {@code migrations/h2} and
 * {@code migrations/postgresql}), written with the same rules in SQL: a change to the rules here needs a migration that
 * redefines those columns.
 */
public final class SearchText {

    /**
     * Left out of the text and of the names it is compared with. The key columns remove them one {@code replace} at a
     * time, as H2 and PostgreSQL share no regular-expression syntax; names hold no tabs or line breaks.
     */
    private static final List<String> IGNORED = List.of(" ", "\u00a0", "-", "\u2013", ".", ",", "'", "\u2019", "&",
            "/", "(", ")");

    /** What a key leaves out, one character each: the ignored marks and the white space that Java's \s matches. */
    private static final String LEFT_OUT = String.join("", IGNORED) + " \t\n\u000b\f\r";

    /** Letters with accents that a key writes without, in lower case: Latin letters of European languages. */
    private static final String ACCENTED = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšţť"
            + "ùúûüũūŭůűųŵýÿŷźżž";

    /**
     * The key columns' {@code translate} mapping: each accented letter in either case (the dotless ı's capital is a
     * plain I), and the letter without its accent at the same place. Upper case is mapped too, as PostgreSQL's
     * {@code lower} leaves it where the database's character type is plain C.
     */
    private static final String TRANSLATED_FROM = ACCENTED + ACCENTED.replace("ı", "").toUpperCase(Locale.ROOT);
    private static final String TRANSLATED_TO = TRANSLATED_FROM.chars()
            .map(c -> withoutAccent(Character.toLowerCase((char) c)))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    /** Letters written as two without their accent, as in "Grossmann" for Großmann; the key columns map both cases. */
    private static final Map<Character, String> WRITTEN_AS_TWO = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe");

    private final String key;
    private final String slug;

    private SearchText(String key, String slug) {
        this.key = key;
        this.slug = slug;
    }

    public static SearchText of(String text) {
        return new SearchText(keyOf(text), Slugs.fromName(text));
    }

    /**
     * A name's key, as its key column holds it: what a search compares, and where the name comes in a list
     * ({@link NameOrder}).
     */
    public static String keyOf(String name) {
        return String.join("", wordKeys(name));
    }

    /**
     * The keys of a name's words, in order: the name split where its key leaves out a space or a punctuation mark, so
     * that together they are the name's key ("Hewlett-Packard" is hewlett and packard). One pass over the name, as
     * a misspelling is compared with every name ({@link Spelling}).
     */
    public static List<String> wordKeys(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder(name.length());
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (LEFT_OUT.indexOf(c) >= 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (c < 0x80) { // no letter with an accent is ASCII: the common case skips the look-up
                word.append(c);
                continue;
            }
            int accented = TRANSLATED_FROM.indexOf(c);
            char letter = accented < 0 ? c : TRANSLATED_TO.charAt(accented);
            word.append(WRITTEN_AS_TWO.getOrDefault(letter, String.valueOf(letter)));
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Whether the text was only spaces and punctuation, which would match every name. */
    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** HQL: whether a name's key (the attribute of its key column) holds the text's ({@code :contains}). */
    public static String matches(String nameKey) {
        return nameKey + " like :contains escape '\\'";
    }

    /**
     * HQL to order what a query finds by: 0 where a name's key (the attribute of its key column) equals the text's
     * ({@code :key}) or one of {@code alsoFirst} holds, 1 where it starts with it ({@code :prefix}), 2 for the others.
     */
    public static String rank(String nameKey, String... alsoFirst) {
        String first = Stream.concat(Stream.of(nameKey + " = :key"), Arrays.stream(alsoFirst))
                .collect(Collectors.joining(" or "));
        return "case when " + first + " then 0 when " + nameKey + " like :prefix escape '\\' then 1 else 2 end";
    }

    /** The values of {@code :key}, {@code :prefix} and {@code :contains}, for a query that ranks what it finds. */
    public Parameters parameters() {
        return Parameters.with("key", key).and("prefix", escaped() + "%").and("contains", containsPattern());
    }

    /**
     * The text as an address name ("Red Hat" as red-hat), which a slug equals to match: compared whole, as a slug's
     * parts are mostly its name's, which the key finds already; "HP" finds Hewlett-Packard by its slug hp.
     */
    public String slug() {
        return slug;
    }

    /** The value of {@code :contains} alone, for a query that only finds. */
    public String containsPattern() {
        return "%" + escaped() + "%";
    }

    /** The key with LIKE's wildcards escaped by a backslash, so that they match themselves. */
    private String escaped() {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The letter without its accent: the first of its canonical decomposition, or a letter that has none. */
    private static char withoutAccent(char letter) {
        return switch (letter) {
            case 'đ' -> 'd';
            case 'ı' -> 'i';
            case 'ł' -> 'l';
            case 'ø' -> 'o';
            default -> Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD).charAt(0);
        };
    }

    @Override
    public String toString() {
        return key;
    }
}
