package org.alliancetracker.organization;

import java.util.Collection;
import java.util.List;

import org.alliancetracker.common.SearchText;
import org.alliancetracker.common.Spelling;
import org.alliancetracker.editing.Lookup;

/** Organizations found by the name an editor types in a membership's, backing's or acquisition's form. */
public final class OrganizationLookup implements Lookup {

    public static final OrganizationLookup INSTANCE = new OrganizationLookup();

    private OrganizationLookup() {
    }

    @Override
    public String kind() {
        return "organization";
    }

    @Override
    public List<Match> named(String text) {
        return matches(Organization.named(text));
    }

    @Override
    public List<Match> withSlug(String slug) {
        return named(slug).stream().filter(m -> m.slug().equals(slug)).toList();
    }

    @Override
    public List<Match> containing(String text, int limit) {
        return matches(Organization.namedContaining(SearchText.of(text), limit));
    }

    @Override
    public List<Match> byIds(Collection<Long> ids) {
        return matches(Organization.namedByIds(ids));
    }

    @Override
    public List<Spelling.Name> allNames() {
        return Organization.allNames();
    }

    private static List<Match> matches(List<Organization.Named> named) {
        return named.stream().map(n -> new Match(n.id(), n.name(), n.slug(), n.nameShared())).toList();
    }
}
