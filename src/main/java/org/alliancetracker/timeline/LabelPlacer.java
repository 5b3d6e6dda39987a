package org.alliancetracker.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels centred on their anchors in a few stacked rows so that none overlaps another. A label that fits in
 * no row is hidden; its details stay in the chart's tooltips and in the data table beside the chart.
 */
public final class LabelPlacer {

    /** Where a label went: its centre, its row (0 nearest the anchor), and whether it is shown at all. */
    public record Placement(double centre, int row, boolean shown) {
    }

    private LabelPlacer() {
    }

    /**
     * @param anchors the x of each label's anchor
     * @param widths  each label's width
     * @param left    the smallest x a label may reach
     * @param right   the largest x a label may reach
     */
    public static List<Placement> place(double[] anchors, double[] widths, int rows, double gap, double left,
            double right) {
        Integer[] order = new Integer[anchors.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> anchors[i]));
        double[] rowEnds = new double[rows];
        Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        Placement[] placements = new Placement[anchors.length];
        for (int i : order) {
            double half = widths[i] / 2;
            double centre = Math.max(left + half, Math.min(right - half, anchors[i]));
            placements[i] = new Placement(centre, -1, false);
            for (int row = 0; row < rows; row++) {
                if (centre - half >= rowEnds[row] + gap) {
                    rowEnds[row] = centre + half;
                    placements[i] = new Placement(centre, row, true);
                    break;
                }
            }
        }
        return new ArrayList<>(Arrays.asList(placements));
    }
}
