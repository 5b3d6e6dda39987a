package org.alliancetracker.editing;

import java.util.Collection;
import java.util.List;

import org.alliancetracker.common.Spelling;

/**
 * Records of one kind found by what an editor types: for reference fields over more records than a select can list
 * (ten thousand organizations make a select of half a megabyte). Each method is one query.
 */
public interface Lookup {

    /**
     * A record as an editor finds it, and whether another record of its kind has the same name. The slug is what
     * tells records of one name apart: the end of the record's page address.
     */
    record Match(long id, String name, String slug, boolean nameShared) {

        /** What finds this record and no other: its name, or, where the name is shared, the name and its slug. */
        public String typed() {
            return nameShared ? name + " (" + slug + ")" : name;
        }
    }

    /** The URL segment of its suggestions (/edit/lookup/organization) and the noun of its messages. */
    String kind();

    /** The records whose slug is the text, or whose name is the text ignoring case. */
    List<Match> named(String text);

    /** The record with this slug, as "Name (slug)" gives it, if any. */
    List<Match> withSlug(String slug);

    /**
     * Up to {@code limit} records whose name (or former name) contains the text, ignoring case, accents, spaces and
     * punctuation, or whose slug is the text's (see {@link org.alliancetracker.common.SearchText}): names equal to it
     * first, then names that start with it.
     */
    List<Match> containing(String text, int limit);

    /** The records with these ids; ids of records since deleted are left out. */
    List<Match> byIds(Collection<Long> ids);

    /** Every record's names (a record may have several), by its id: what {@link #spelledAlike} compares. One query. */
    List<Spelling.Name> allNames();

    /**
     * Up to {@code limit} records with a name the text may be a misspelling of (see {@link Spelling}), closest first:
     * for a text that no name contains. Two queries; none for a text too short to tell a misspelling.
     */
    default List<Match> spelledAlike(String text, int limit) {
        return Spelling.closestRecords(text, limit, this::allNames, this::byIds, Match::id);
    }
}
