package org.alliancetracker.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.common.PartialDate;

/** A membership ends when the organization leaves or when its alliance is dissolved, whichever comes first. */
class MembershipEndTest {

    private static Membership membership(String departed, String dissolved) {
        Alliance alliance = new Alliance();
        alliance.dissolved = dissolved == null ? null : PartialDate.parse(dissolved);
        Membership m = new Membership();
        m.alliance = alliance;
        m.joined = PartialDate.parse("2011-05");
        m.departed = departed == null ? null : PartialDate.parse(departed);
        return m;
    }

    @Test
    void lastsWhileNeitherIsRecorded() {
        Membership m = membership(null, null);
        assertNull(m.ended());
        assertFalse(m.isEndedByDissolution());
    }

    @Test
    void endsWhenTheOrganizationLeaves() {
        Membership m = membership("2013-02", null);
        assertEquals("2013-02", m.ended().iso());
        assertFalse(m.isEndedByDissolution());
    }

    @Test
    void endsWithTheAllianceWhenNoLeavingIsRecorded() {
        Membership m = membership(null, "2016-12-01");
        assertEquals("2016-12-01", m.ended().iso());
        assertTrue(m.isEndedByDissolution());
    }

    @Test
    void theEarlierOfLeavingAndDissolutionEndsIt() {
        assertFalse(membership("2014", "2016-12-01").isEndedByDissolution());
        Membership leftAfterwards = membership("2017-03", "2016-12-01");
        assertEquals("2016-12-01", leftAfterwards.ended().iso());
        assertTrue(leftAfterwards.isEndedByDissolution());
    }

    @Test
    void aLeavingOnTheDayOfTheDissolutionIsTheRecordedEnd() {
        Membership m = membership("2016-12-01", "2016-12-01");
        assertEquals("2016-12-01", m.ended().iso());
        assertFalse(m.isEndedByDissolution());
    }
}
