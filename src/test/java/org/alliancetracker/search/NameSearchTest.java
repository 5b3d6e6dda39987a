package org.alliancetracker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.common.SearchText;
import org.alliancetracker.organization.FormerName;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.project.Project;
import org.alliancetracker.project.ProjectLicense;
import org.alliancetracker.source.Source;

/** The queries behind the search page and the editors' name fields, in the database the suite runs on. */
@QuarkusTest
@TestTransaction
class NameSearchTest {

    private static Organization organization(String name, String slug) {
        Organization organization = new Organization();
        organization.name = name;
        organization.slug = slug;
        organization.kind = OrganizationKind.COMPANY;
        organization.persist();
        return organization;
    }

    private static List<String> organizationsFound(String text) {
        return Organization.nameContaining(SearchText.of(text), 50).stream().map(o -> o.name).toList();
    }

    @Test
    void anEqualNameOrSlugComesFirstThenNamesThatStartWithTheTextThenTheOthers() {
        organization("The Quuxcorp Group", "the-quuxcorp-group");
        organization("Quux Corp Labs", "quux-corp-labs");
        organization("Quuxcorp", "quuxcorp-inc");
        organization("Zeta Industries", "quux-corp");
        organization("Alpha", "alpha-quuxcorp");
        FormerName former = new FormerName();
        former.organization = organization("Omega", "omega");
        former.name = "Quuxcorp Old";
        former.usedUntil = PartialDate.parse("2010");
        former.persist();
        organization("Quux Xylophones", "quux-xylophones");

        // Each group's names differ in their first letters, so that every collation orders them alike. A slug matches
        // only whole: Zeta's is the address name of "quux corp", Alpha's merely contains it.
        assertEquals(List.of("Quuxcorp", "Zeta Industries", "Quux Corp Labs", "Omega", "The Quuxcorp Group"),
                organizationsFound("quux corp"));
        assertEquals(List.of("Quuxcorp", "Quux Corp Labs", "Omega", "The Quuxcorp Group"),
                organizationsFound("QUUXCORP"));
        assertEquals(List.of("Quux Corp Labs"), organizationsFound("corp-labs"));
        assertEquals(List.of("Quuxcorp", "Quux Corp Labs"), Organization.nameContaining(SearchText.of("quuxcorp"), 2)
                .stream().map(o -> o.name).toList(), "the limit keeps the best matches");
    }

    @Test
    void eachIgnoredCharacterIsIgnoredInTheNameAsInTheText() {
        String punctuated = "Q u\u00a0u-x\u2013c.o,r'p\u2019s&/(z)";
        organization(punctuated, "punctuated");
        organization("Quuxcorpsz", "plain");
        assertEquals(Set.of(punctuated, "Quuxcorpsz"), Set.copyOf(organizationsFound("quuxcorpsz")));
        assertEquals(Set.of(punctuated, "Quuxcorpsz"),
                Set.copyOf(organizationsFound("(Quux) \u2013 Corp\u2019s, & Z.")));
    }

    @Test
    void accentsAreIgnoredInTheNameAsInTheTextInEitherCase() {
        organization("Télécom Quuxcorp", "telecom-quuxcorp");
        organization("ŁÓDŹ QUUXCORP", "lodz-quuxcorp");
        assertEquals(List.of("Télécom Quuxcorp"), organizationsFound("telecom quuxcorp"));
        assertEquals(List.of("ŁÓDŹ QUUXCORP"), organizationsFound("lodz quuxcorp"));
        assertEquals(List.of("ŁÓDŹ QUUXCORP"), organizationsFound("Łódź Quuxcorp"));

        String lower = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
        String upper = lower.replace("ı", "").toUpperCase(Locale.ROOT);
        organization("Quuxcorp " + lower, "quuxcorp-lower");
        organization("Quuxcorp " + upper, "quuxcorp-upper");
        assertEquals(List.of("Quuxcorp " + lower), organizationsFound(SearchText.of(lower).toString()),
                "each lower-case letter as the database folds it");
        assertEquals(List.of("Quuxcorp " + upper), organizationsFound(SearchText.of(upper).toString()),
                "each upper-case letter as the database folds it");
    }

    @Test
    void lettersWrittenAsTwoWithoutTheirAccentAreFoundEitherWayInEitherCase() {
        organization("Großmann Quuxcorp", "grossmann-quuxcorp");
        organization("BÆRUM ŒUVRE QUUXCORP", "baerum-oeuvre-quuxcorp");
        assertEquals(List.of("Großmann Quuxcorp"), organizationsFound("grossmann quux"));
        assertEquals(List.of("Großmann Quuxcorp"), organizationsFound("GROẞMANN"));
        assertEquals(List.of("BÆRUM ŒUVRE QUUXCORP"), organizationsFound("baerum oeuvre"));
        assertEquals(List.of("BÆRUM ŒUVRE QUUXCORP"), organizationsFound("bærum œuvre"));
    }

    @Test
    void theDatabaseKeepsTheKeyForAnyWriterAndARenameMovesIt() {
        // As the benchmark's data generator, an import or a restore write: rows the entities never saw.
        Organization.getEntityManager().createNativeQuery("insert into organization (slug, name, kind)"
                + " values ('written-outside', 'Écrit Dehors Quuxcorp', 'COMPANY')").executeUpdate();
        assertEquals(List.of("Écrit Dehors Quuxcorp"), organizationsFound("ecrit dehors"));

        Organization renamed = organization("Quuxcorp Before", "quuxcorp-renamed");
        assertEquals(List.of("Quuxcorp Before"), organizationsFound("quuxcorpbefore"));
        renamed.name = "Quuxcorp After";
        assertEquals(List.of("Quuxcorp After"), organizationsFound("quuxcorp after"));
        assertEquals(List.of(), organizationsFound("quuxcorp before"));
    }

    @Test
    void wildcardsAndOnlyPunctuationMatchNothingElse() {
        organization("Quux 100% Corp", "quux-percent");
        organization("Quux 1000 Corp", "quux-thousand");
        organization("Quux_Corp", "quux-underscore");
        organization("QuuxACorp", "quux-a");
        assertEquals(List.of("Quux 100% Corp"), organizationsFound("100%"));
        assertEquals(List.of("Quux_Corp"), organizationsFound("quux_corp"));
        assertEquals(List.of(), organizationsFound(" - "));
    }

    @Test
    void alliancesProjectsAndSourcesAreFoundAndRankedTheSameWay() {
        for (String[] row : List.of(new String[] {"Quuxcorp Alliance", "qca", "QCA"},
                new String[] {"Friends of Quuxcorp", "friends-of-quuxcorp", null},
                new String[] {"The Q Coalition", "quux-corp", null})) {
            Alliance alliance = new Alliance();
            alliance.name = row[0];
            alliance.slug = row[1];
            alliance.abbreviation = row[2];
            alliance.founded = PartialDate.parse("2020");
            alliance.persist();
        }
        assertEquals(List.of("The Q Coalition", "Quuxcorp Alliance", "Friends of Quuxcorp"),
                Alliance.nameContaining(SearchText.of("quux corp"), 10).stream().map(a -> a.name).toList());
        assertEquals(List.of("Quuxcorp Alliance"),
                Alliance.nameContaining(SearchText.of("Q.C.A."), 10).stream().map(a -> a.name).toList());

        for (String[] row : List.of(new String[] {"Quuxcorp OS Toolkit", "qos"},
                new String[] {"Open Quuxcorp OS", "open-quuxcorp-os"}, new String[] {"Quuxcorp OS", "quuxcorp-os"})) {
            Project project = new Project();
            project.name = row[0];
            project.slug = row[1];
            project.license = ProjectLicense.OPEN_SOURCE;
            project.persist();
        }
        assertEquals(List.of("Quuxcorp OS", "Quuxcorp OS Toolkit", "Open Quuxcorp OS"),
                Project.nameContaining(SearchText.of("quuxcorp-os"), 10).stream().map(p -> p.name).toList());

        for (String title : List.of("Quuxcorp Weekly, May 2011", "On Quuxcorp weekly", "Quuxcorp weekly")) {
            Source source = new Source();
            source.title = title;
            source.publisher = "Quuxcorp";
            source.persist();
        }
        assertEquals(List.of("Quuxcorp weekly", "Quuxcorp Weekly, May 2011", "On Quuxcorp weekly"),
                Source.titledContaining(SearchText.of("quuxcorp weekly"), 10).stream().map(Source.Titled::title)
                        .toList());
        assertTrue(Source.titledContaining(SearchText.of("..."), 10).isEmpty());
    }

    @Test
    void theSearchPageFindsSourcesByTitleOrPublisherAnEqualOneFirst() {
        for (String[] row : List.of(new String[] {"Quuxcorp Presse review", "Hebdo"},
                new String[] {"Weekly notes", "Quuxcorp Presse Écrite"}, new String[] {"On the Quuxcorp Presse", null},
                new String[] {"Quuxcorp Presse", "Quuxcorp Gazette"}, new String[] {"Unrelated", "Elsewhere"})) {
            Source source = new Source();
            source.title = row[0];
            source.publisher = row[1];
            source.persist();
        }
        assertEquals(List.of("Quuxcorp Presse", "Quuxcorp Presse review", "On the Quuxcorp Presse", "Weekly notes"),
                Source.titleOrPublisherContaining(SearchText.of("quuxcorp presse"), 10).stream().map(s -> s.title)
                        .toList(), "an equal title, then titles that start with the text, then the others");
        assertEquals(List.of("Weekly notes"), Source.titleOrPublisherContaining(SearchText.of("PRESSE ECRITE"), 10)
                .stream().map(s -> s.title).toList(), "a publisher's key leaves out accents, as a title's does");
        assertEquals(List.of("Quuxcorp Presse"), Source.titleOrPublisherContaining(SearchText.of("quuxcorp gazette"),
                10).stream().map(s -> s.title).toList());
        assertTrue(Source.titleOrPublisherContaining(SearchText.of(" - "), 10).isEmpty());
    }
}
