package org.alliancetracker.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.alliancetracker.alliance.Alliance;

/** "Member on day D" on the demo story, in Java and in SQL, at the edges of reduced-precision dates. */
@QuarkusTest
@TestTransaction
class MembershipActiveOnTest {

    private static Alliance ova() {
        return Alliance.findBySlug("open-virtualization-alliance").orElseThrow();
    }

    private static Set<String> memberSlugsOn(String day) {
        return Membership.activeOn(ova(), LocalDate.parse(day)).stream()
                .map(m -> m.organization.slug).collect(Collectors.toSet());
    }

    @Test
    void aMemberSinceMay2011CountsOnTheLastDayOfMayAndNotInApril() {
        assertTrue(memberSlugsOn("2011-05-31").contains("ibm"));
        assertFalse(memberSlugsOn("2011-05-30").contains("ibm"));
        assertFalse(memberSlugsOn("2011-04-30").contains("ibm"));
    }

    @Test
    void aMemberKnownToTheYearCountsFromTheLastDayOfTheYear() {
        assertTrue(memberSlugsOn("2011-12-31").contains("amd"));
        assertFalse(memberSlugsOn("2011-12-30").contains("amd"));
    }

    @Test
    void aDissolvedAllianceHasNoMembers() {
        assertEquals(9, memberSlugsOn("2016-11-30").size());
        assertEquals(Set.of(), memberSlugsOn("2016-12-01"));
    }

    /** The SQL rule and the Java rule agree on every membership, on days around each precision edge. */
    @ParameterizedTest
    @ValueSource(strings = {"2011-04-30", "2011-05-01", "2011-05-30", "2011-05-31", "2011-06-30", "2011-12-30",
            "2011-12-31", "2016-11-30", "2016-12-01", "2030-01-01"})
    void sqlAndJavaAgree(String day) {
        LocalDate date = LocalDate.parse(day);
        List<Membership> all = Membership.ofAlliance(ova());
        Set<Long> byJava = all.stream().filter(m -> m.isActiveOn(date)).map(m -> m.id).collect(Collectors.toSet());
        Set<Long> bySql = Membership.activeOn(ova(), date).stream().map(m -> m.id).collect(Collectors.toSet());
        assertEquals(byJava, bySql);
    }

    /** The counts of every alliance, made in one query, agree with the Java rule on the same days. */
    @ParameterizedTest
    @ValueSource(strings = {"2011-05-30", "2011-05-31", "2011-12-31", "2016-11-30", "2016-12-01"})
    void countsByAllianceAgreeWithTheJavaRule(String day) {
        LocalDate date = LocalDate.parse(day);
        Membership.CountsByAlliance counts = Membership.countsByAlliance(date);
        List<Membership> all = Membership.ofAlliance(ova());
        assertEquals(all.size(), counts.named().get(ova().id));
        long active = all.stream().filter(m -> m.isActiveOn(date)).count();
        assertEquals(active, counts.active().getOrDefault(ova().id, 0L), day);
    }
}
