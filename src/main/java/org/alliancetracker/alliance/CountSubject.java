package org.alliancetracker.alliance;

/** What a reported count counts. */
public enum CountSubject {
    MEMBERS("members"),
    FOUNDERS("founding members");

    public final String noun;

    CountSubject(String noun) {
        this.noun = noun;
    }
}
