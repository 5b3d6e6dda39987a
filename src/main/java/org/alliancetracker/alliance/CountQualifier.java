package org.alliancetracker.alliance;

/** How exact a reported count is: "200 members", "100-plus members", "about 50 members". */
public enum CountQualifier {
    EXACT(""),
    AT_LEAST("at least "),
    ABOUT("about ");

    public final String prefix;

    CountQualifier(String prefix) {
        this.prefix = prefix;
    }
}
