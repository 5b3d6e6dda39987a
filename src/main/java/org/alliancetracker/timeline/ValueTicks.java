package org.alliancetracker.timeline;

import java.util.ArrayList;
import java.util.List;

/** Round-number ticks (1, 2 or 5 times a power of ten) for a count axis from zero. */
public final class ValueTicks {

    private ValueTicks() {
    }

    /**
     * The step for counts up to {@code max} so that ticks are at least {@code minSpacing} apart over
     * {@code length}.
     */
    public static long step(long max, double length, double minSpacing) {
        long maxTicks = Math.max(1, (long) Math.floor(length / minSpacing));
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                long candidate = step * factor;
                if (ceilDiv(Math.max(max, 1), candidate) <= maxTicks) {
                    return candidate;
                }
            }
            step *= 10;
        }
    }

    /** The top of the axis: the first multiple of the step at or above max (at least one step). */
    public static long top(long max, long step) {
        return Math.max(step, ceilDiv(max, step) * step);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    public static List<Long> values(long top, long step) {
        List<Long> values = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            values.add(v);
        }
        return values;
    }
}
