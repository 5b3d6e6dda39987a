package org.alliancetracker.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The names a text may be a misspelling of, for when no name holds it: "qumranett" for Qumranet, "citrx" for Citrix
 * Systems. A name is close when a few letters added, dropped or changed make the text a part of it that starts where
 * one of its words does, compared as {@link SearchText} compares (ignoring case, accents, spaces and punctuation).
 * <p>
 * Written here rather than taken from a library: the edit distances of Apache Commons Text compare whole strings,
 * which would put "citrx" nine letters from "Citrix Systems". This is Sellers' approximate matching, with a match
 * allowed to start only at a word.
 */
public final class Spelling {

    /** A record's name, one of several a record may have (a former name, an abbreviation). */
    public record Name(long id, String name) {
    }

    /** A record whose name the text may be misspelt from, by that name, with how many letters differ. */
    public record Close(long id, String name, int edits) {
    }

    /** Two records whose keys are one letter apart, the one with the key that sorts first first. */
    public record Pair(long one, long other) {
    }

    private Spelling() {
    }

    /**
     * How many letters the text may be off by and still be taken for a misspelling: none below four letters, where
     * one letter off matches too many names to tell; one up to seven; then two.
     */
    public static int tolerated(String text) {
        int letters = SearchText.keyOf(text).length();
        return letters < 4 ? 0 : letters < 8 ? 1 : 2;
    }

    /** The fewest letters to add, drop or change in the text to make it a part of the name that starts a word. */
    public static int edits(String text, String name) {
        return edits(SearchText.keyOf(text), SearchText.wordKeys(name), Integer.MAX_VALUE - 1);
    }

    /**
     * Up to {@code limit} records with a name the text may be misspelt from, closest first, then those whose name is
     * nearest the text in length (Citrix before Citrix Systems), then by name; each record once, by its closest name.
     */
    public static List<Close> closest(String text, Collection<Name> names, int limit) {
        String key = SearchText.keyOf(text);
        int tolerated = tolerated(text);
        if (tolerated == 0) {
            return List.of();
        }
        record Candidate(Close close, int lengthOff, String key) {
        }
        Comparator<Candidate> order = Comparator.<Candidate>comparingInt(c -> c.close().edits())
                .thenComparingInt(Candidate::lengthOff).thenComparing(Candidate::key)
                .thenComparing(c -> c.close().name());
        Map<Long, Candidate> best = new HashMap<>();
        for (Name name : names) {
            List<String> words = SearchText.wordKeys(name.name());
            int edits = edits(key, words, tolerated);
            if (edits <= tolerated) {
                String nameKey = String.join("", words);
                best.merge(name.id(), new Candidate(new Close(name.id(), name.name(), edits),
                        Math.abs(nameKey.length() - key.length()), nameKey),
                        (one, other) -> order.compare(one, other) <= 0 ? one : other);
            }
        }
        return best.values().stream().sorted(order).limit(limit).map(Candidate::close).toList();
    }

    /**
     * The records of the {@link #closest} names, up to {@code limit}, closest first: the names read, then the records
     * loaded by their ids (none for a text too short to tell a misspelling, without reading the names).
     */
    public static <T> List<T> closestRecords(String text, int limit, Supplier<Collection<Name>> names,
            Function<List<Long>, List<T>> load, Function<T, Long> idOf) {
        if (tolerated(text) == 0) {
            return List.of();
        }
        List<Long> ids = closest(text, names.get(), limit).stream().map(Close::id).toList();
        Map<Long, T> loaded = new HashMap<>();
        load.apply(ids).forEach(record -> loaded.put(idOf.apply(record), record));
        return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
    }

    /**
     * The pairs of records whose {@link SearchText} keys are one letter apart: a letter added, dropped, or changed for
     * another letter (not a digit, so that "Pair 1" and "Pair 2", or "Pair 12", stay apart), each pair once, in the
     * order of their keys. Keys shorter than {@code minLetters}, where one letter makes another word, and keys equal
     * to each other are left out. Keys are paired through their variants with one letter dropped (a key's own among
     * them): two keys one letter apart share one, so 20,000 keys cost 20,000 times their length, not 200 million
     * comparisons.
     */
    public static List<Pair> oneLetterApart(Collection<Name> keys, int minLetters) {
        Map<String, List<Name>> byVariant = new HashMap<>();
        for (Name key : keys) {
            String k = key.name();
            if (k.length() < minLetters) {
                continue;
            }
            byVariant.computeIfAbsent(k, v -> new ArrayList<>()).add(key);
            for (int i = 0; i < k.length(); i++) {
                if (Character.isLetter(k.charAt(i)) && (i == 0 || k.charAt(i) != k.charAt(i - 1))) {
                    byVariant.computeIfAbsent(k.substring(0, i) + k.substring(i + 1), v -> new ArrayList<>()).add(key);
                }
            }
        }
        Comparator<Name> byKey = Comparator.comparing(Name::name).thenComparingLong(Name::id);
        Map<Pair, Name> pairs = new HashMap<>();
        for (List<Name> sharing : byVariant.values()) {
            for (int a = 0; a < sharing.size(); a++) {
                for (int b = a + 1; b < sharing.size(); b++) {
                    Name one = sharing.get(a);
                    Name other = sharing.get(b);
                    if (byKey.compare(one, other) > 0) {
                        Name swapped = one;
                        one = other;
                        other = swapped;
                    }
                    if (one.id() != other.id() && oneLetterApart(one.name(), other.name())) {
                        pairs.put(new Pair(one.id(), other.id()), one);
                    }
                }
            }
        }
        return pairs.entrySet().stream().sorted(Map.Entry.<Pair, Name>comparingByValue(byKey)
                .thenComparing(e -> e.getKey().other())).map(Map.Entry::getKey).toList();
    }

    /** Whether a letter added, dropped or changed for another letter makes one key the other. */
    private static boolean oneLetterApart(String one, String other) {
        boolean oneIsLonger = one.length() >= other.length();
        String longer = oneIsLonger ? one : other;
        String shorter = oneIsLonger ? other : one;
        if (longer.length() - shorter.length() > 1 || longer.equals(shorter)) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (longer.length() > shorter.length()) {
            return Character.isLetter(longer.charAt(i)) && longer.startsWith(shorter.substring(i), i + 1);
        }
        return Character.isLetter(longer.charAt(i)) && Character.isLetter(shorter.charAt(i))
                && longer.startsWith(shorter.substring(i + 1), i + 1);
    }

    /**
     * The edit distance from the text to the best part of the name (the words' keys run together) that starts at a
     * word: a row's cell j is the fewest edits matching the text's first i letters to a part ending before letter j.
     * Stops once a whole row exceeds {@code atMost}, answering more than it.
     */
    private static int edits(String text, List<String> words, int atMost) {
        String name = String.join("", words);
        int[] previous = new int[name.length() + 1];
        int j = 0;
        for (String word : words) {
            for (int letter = 0; letter < word.length(); letter++) {
                previous[j++] = letter;
            }
        }
        previous[j] = words.isEmpty() ? 0 : words.get(words.size() - 1).length();
        int[] current = new int[name.length() + 1];
        for (int i = 1; i <= text.length(); i++) {
            current[0] = i;
            int rowLeast = i;
            for (j = 1; j <= name.length(); j++) {
                int changed = previous[j - 1] + (text.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(changed, Math.min(previous[j], current[j - 1]) + 1);
                rowLeast = Math.min(rowLeast, current[j]);
            }
            if (rowLeast > atMost) {
                return atMost + 1;
            }
            int[] swapped = previous;
            previous = current;
            current = swapped;
        }
        int least = previous[0];
        for (int cell : previous) {
            least = Math.min(least, cell);
        }
        return least;
    }
}
