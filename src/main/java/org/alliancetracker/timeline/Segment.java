package org.alliancetracker.timeline;

import java.util.Locale;

/** A piece of a bar: solid where the dates are certain, faded where they are not. */
public record Segment(double x, double width, Kind kind) {

    public enum Kind {
        /** Certainly in effect. */
        SOLID,
        /** Within the period of a reduced-precision date: it may or may not have been in effect. */
        FADED,
        /** The start is not given by any source: fades in from the left edge. */
        FADE_IN
    }

    public boolean fadeIn() {
        return kind == Kind.FADE_IN;
    }

    public String cssClass() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
