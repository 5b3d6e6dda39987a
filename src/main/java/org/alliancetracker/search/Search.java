package org.alliancetracker.search;

import java.util.List;
import java.util.Map;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.project.Project;
import org.alliancetracker.source.Source;
import org.alliancetracker.web.InvalidParameterException;

/**
 * What a search by name finds across organizations (current and former names), alliances, projects, and sources (by
 * title or publisher), ignoring case, accents, spaces and punctuation (see {@link SearchText}), in a constant number
 * of queries: for the search page and the API alike.
 *
 * @param formerNames the former names found, by organization id, shown beside organizations whose current name may
 *     not hold the text
 * @param spelledAlike where nothing holds the text, the records whose names it may be a misspelling of
 */
public record Search(String query, Found<Organization> organizations, Map<Long, List<String>> formerNames,
        Found<Alliance> alliances, Found<Project> projects, Found<Source> sources, List<NearMiss> spelledAlike) {

    public static final int MAX_QUERY_LENGTH = 100;
    static final int MAX_RESULTS = 50;

    /** The first {@link #MAX_RESULTS} records of one kind that a search found, and whether it found more. */
    public record Found<T>(List<T> shown, boolean more) {

        /** From a list asked for one more than {@link #MAX_RESULTS}, so that the one more tells there are more. */
        static <T> Found<T> of(List<T> firstAndOneMore) {
            boolean more = firstAndOneMore.size() > MAX_RESULTS;
            return new Found<>(more ? firstAndOneMore.subList(0, MAX_RESULTS) : firstAndOneMore, more);
        }

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    /** The search for the text, stripped; an empty text finds nothing, a text too long is refused. */
    static Search of(String q) {
        String query = q == null ? "" : q.strip();
        if (!mayBeSearched(query)) {
            throw new InvalidParameterException("q", "The search text is too long: use at most "
                    + MAX_QUERY_LENGTH + " characters.");
        }
        SearchText text = SearchText.of(query);
        Found<Organization> organizations = Found.of(Organization.nameContaining(text, MAX_RESULTS + 1));
        Search search = new Search(query, organizations, FormerName.containing(text, organizations.shown()),
                Found.of(Alliance.nameContaining(text, MAX_RESULTS + 1)),
                Found.of(Project.nameContaining(text, MAX_RESULTS + 1)),
                Found.of(Source.titleOrPublisherContaining(text, MAX_RESULTS + 1)), List.of());
        return search.foundNothing() ? search.withSpelledAlike(NearMiss.spelledAlike(null, query)) : search;
    }

    private Search withSpelledAlike(List<NearMiss> records) {
        return new Search(query, organizations, formerNames, alliances, projects, sources, records);
    }

    /** Whether the search takes the text (a page may then link to its search), stripped as the search strips it. */
    public static boolean mayBeSearched(String text) {
        return text.strip().length() <= MAX_QUERY_LENGTH;
    }

    public boolean foundNothing() {
        return organizations.isEmpty() && alliances.isEmpty() && projects.isEmpty() && sources.isEmpty();
    }
}
