package org.alliancetracker.timeline;

/** A labelled mark on an axis at position {@code at} (x for time, y for values). */
public record Tick(double at, String label) {

    /** The baseline of a label centred on a horizontal tick line. */
    public double labelBaseline() {
        return at + 4;
    }
}
