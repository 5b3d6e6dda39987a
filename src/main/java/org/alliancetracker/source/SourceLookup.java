package org.alliancetracker.source;

import java.util.Collection;
import java.util.List;

import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.editing.Field;
import org.alliancetracker.editing.Lookup;

/**
 * Sources found by the titles an editor types, one per line, in the sources field of a fact's form. Sources have no
 * slug: their id, the end of their page's address (/sources/12), tells apart two of one title, as "Title (12)". A
 * number alone is a title, never an id.
 */
public final class SourceLookup implements Lookup {

    public static final SourceLookup INSTANCE = new SourceLookup();

    private static final String HELP = "One per line, by title. Where two share a title, add the number at the end of"
            + " its page's address in brackets, as in “Title (12)”.";

    private SourceLookup() {
    }

    /** The sources field of a fact's form: the sources it cites, one title per line. */
    public static Field field(String help) {
        return Field.lookups("sources", "Sources", INSTANCE,
                help == null ? HELP : help + " " + HELP);
    }

    @Override
    public String kind() {
        return "source";
    }

    @Override
    public List<Match> named(String text) {
        return matches(Source.titled(text));
    }

    @Override
    public List<Match> withSlug(String slug) {
        return slug.matches("[0-9]{1,18}") ? byIds(List.of(Long.valueOf(slug))) : List.of();
    }

    @Override
    public List<Match> containing(String text, int limit) {
        return matches(Source.titledContaining(SearchText.of(text), limit));
    }

    @Override
    public List<Match> byIds(Collection<Long> ids) {
        return matches(Source.titledByIds(ids));
    }

    @Override
    public List<Spelling.Name> allNames() {
        return Source.allTitles();
    }

    private static List<Match> matches(List<Source.Titled> titled) {
        return titled.stream().map(t -> new Match(t.id(), t.title(), String.valueOf(t.id()), t.titleShared())).toList();
    }
}
