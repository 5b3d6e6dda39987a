package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.alliancetracker.editing.EditService.CascadeReverted;

/** What the answer to a deletion's revert says of the changes the deletion made to other records. */
class RevertAnswerTest {

    @Test
    void nothingElseToRevertEndsTheSentence() {
        assertEquals(".", Reverts.withCascade(new CascadeReverted(0, 0, 0, List.of()), 7));
    }

    @Test
    void whatWasAlsoDoneIsCountedInOneSentence() {
        assertEquals(". Also re-created the record deleted with it.",
                Reverts.withCascade(new CascadeReverted(1, 0, 0, List.of()), 7));
        assertEquals(". Also re-created the 2 records deleted with it, restored the 3 records the deletion changed"
                + " and deleted the record made with it.",
                Reverts.withCascade(new CascadeReverted(2, 3, 1, List.of()), 7));
    }

    @Test
    void manyChangesLeftAreNamedUpToALimitAndTheOthersCounted() {
        List<String> left = IntStream.rangeClosed(1, Reverts.LEFT_NAMED + 2)
                .mapToObj(i -> "Change " + i + " was not reverted.").toList();
        String said = Reverts.withCascade(new CascadeReverted(0, 1, 0, left), 7);
        String named = String.join(" ", left.subList(0, Reverts.LEFT_NAMED));
        assertEquals(". Also restored the record the deletion changed. " + named + " 2 other changes were not"
                + " reverted either; the history shows each, made with change 7.", said);
        assertEquals(". Change 1 was not reverted.", Reverts.withCascade(new CascadeReverted(0, 0, 0,
                left.subList(0, 1)), 7), "one left is named, and nothing counted");
    }
}
