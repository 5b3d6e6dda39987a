package org.alliancetracker.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.alliancetracker.alliance.Alliance;
import org.alliancetracker.backing.BackerChange;
import org.alliancetracker.common.PartialDate;
import org.alliancetracker.organization.Organization;
import org.alliancetracker.organization.OrganizationKind;
import org.alliancetracker.project.Project;

/** The model refuses invalid records with a clear message and saves nothing of them. */
@QuarkusTest
class ModelValidationTest {

    @Inject
    Validator validator;

    private static <T> Set<String> messages(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    private static Organization organization(String slug, String name) {
        Organization o = new Organization();
        o.slug = slug;
        o.name = name;
        o.kind = OrganizationKind.COMPANY;
        return o;
    }

    @Test
    void leavingBeforeJoiningIsRefused() {
        Membership m = new Membership();
        m.organization = organization("x", "X");
        m.alliance = new Alliance();
        m.joined = PartialDate.parse("2011-05");
        m.departed = PartialDate.parse("2011-04");
        assertEquals(Set.of("The leaving date must not be before the joining date."), messages(validator.validate(m)));

        m.departed = PartialDate.parse("2011");
        assertTrue(validator.validate(m).isEmpty(), "a year that contains the joining month is not before it");
    }

    @Test
    void slugsMustBeUrlSafeAndNamesNonBlankAndBounded() {
        assertTrue(messages(validator.validate(organization("Red Hat", "Red Hat")))
                .stream().anyMatch(msg -> msg.startsWith("Use lower-case letters")));
        assertTrue(messages(validator.validate(organization("../etc", "X")))
                .stream().anyMatch(msg -> msg.startsWith("Use lower-case letters")));
        assertEquals(Set.of("A name is required."), messages(validator.validate(organization("ok", "  "))));
        assertEquals(Set.of("At most 200 characters."),
                messages(validator.validate(organization("ok", "n".repeat(201)))));
        assertTrue(validator.validate(organization("red-hat", "Red Hat")).isEmpty());
    }

    @Test
    void aBackerChangeNeedsTwoDifferentProjects() {
        Project xen = new Project();
        BackerChange change = new BackerChange();
        change.organization = organization("x", "X");
        change.fromProject = xen;
        change.toProject = xen;
        change.movedOn = PartialDate.parse("2011");
        assertEquals(Set.of("The two projects must differ."), messages(validator.validate(change)));
    }

    @Test
    void anInvalidRecordIsNeverHalfSaved() {
        long before = QuarkusTransaction.requiringNew().call(() -> Organization.count());
        assertThrows(ConstraintViolationException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            organization("valid-first-" + System.nanoTime(), "Valid").persist();
            Membership m = new Membership();
            m.organization = Organization.findBySlug("ibm").orElseThrow();
            m.alliance = Alliance.findBySlug("open-virtualization-alliance").orElseThrow();
            m.joined = PartialDate.parse("2011-05");
            m.departed = PartialDate.parse("2010");
            m.persist();
            Membership.flush();
        }));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Organization.count()));
    }

    @Test
    void aDuplicateSlugIsRefusedByTheDatabase() {
        long before = QuarkusTransaction.requiringNew().call(() -> Organization.count());
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            organization("ibm", "Another IBM").persist();
            Organization.flush();
        }));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Organization.count()));
    }
}
