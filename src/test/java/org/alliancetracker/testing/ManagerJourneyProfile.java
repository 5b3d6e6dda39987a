package org.alliancetracker.testing;

/** A database of its own for the managers' browser journey, which edits the demo story. */
public class ManagerJourneyProfile extends FreshDatabaseProfile {
}
