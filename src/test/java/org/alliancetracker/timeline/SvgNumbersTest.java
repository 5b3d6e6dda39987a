package org.alliancetracker.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgNumbersTest {

    @ParameterizedTest
    @CsvSource({"38.0, 38", "175.83625795984585, 175.84", "165.49599999999998, 165.5", "0.004, 0", "-2.5, -2.5",
            "-0.126, -0.13", "960, 960", "1e6, 1000000", "7.1000000001, 7.1"})
    void aCoordinateIsWrittenToAHundredthOfAPixelWithoutTrailingZeros(double value, String written) {
        assertEquals(written, SvgNumbers.px(value));
    }

    @Test
    void aPolygonsPointsArePairsSeparatedBySpaces() {
        assertEquals("915.96,60 923.96,67 915.96,74", SvgNumbers.points(915.9617, 60.0, 923.9617, 67.0, 915.9617, 74));
    }
}
