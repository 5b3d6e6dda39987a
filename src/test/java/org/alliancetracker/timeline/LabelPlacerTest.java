package org.alliancetracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @Test
    void labelsFarApartStayOnTheFirstRowAtTheirAnchors() {
        List<LabelPlacer.Placement> p = LabelPlacer.place(new double[] {100, 400}, new double[] {50, 50}, 3, 4, 0,
                1000);
        assertEquals(new LabelPlacer.Placement(100, 0, true), p.get(0));
        assertEquals(new LabelPlacer.Placement(400, 0, true), p.get(1));
    }

    @Test
    void crowdedLabelsMoveToFurtherRowsThenHide() {
        List<LabelPlacer.Placement> p = LabelPlacer.place(new double[] {100, 105, 110, 115},
                new double[] {80, 80, 80, 80}, 3, 4, 0, 1000);
        assertEquals(List.of(0, 1, 2, -1), p.stream().map(LabelPlacer.Placement::row).toList());
        assertFalse(p.get(3).shown());
    }

    @Test
    void labelsAreKeptInsideTheBounds() {
        List<LabelPlacer.Placement> p = LabelPlacer.place(new double[] {5, 995}, new double[] {60, 60}, 1, 4, 0, 1000);
        assertEquals(30, p.get(0).centre(), 1e-9);
        assertEquals(970, p.get(1).centre(), 1e-9);
    }

    /** On random anchors, no two shown labels on a row overlap. */
    @Test
    void shownLabelsNeverOverlap() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            int n = 1 + random.nextInt(40);
            double[] anchors = random.doubles(n, 0, 960).toArray();
            double[] widths = random.doubles(n, 10, 160).toArray();
            List<LabelPlacer.Placement> p = LabelPlacer.place(anchors, widths, 3, 6, 10, 950);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (p.get(i).shown() && p.get(j).shown() && p.get(i).row() == p.get(j).row()) {
                        double distance = Math.abs(p.get(i).centre() - p.get(j).centre());
                        assertTrue(distance >= (widths[i] + widths[j]) / 2 + 6, "overlap in run " + run);
                    }
                }
                if (p.get(i).shown()) {
                    assertTrue(p.get(i).centre() - widths[i] / 2 >= 10 - 1e-9);
                    assertTrue(p.get(i).centre() + widths[i] / 2 <= 950 + 1e-9);
                }
            }
        }
    }
}
