package org.alliancetracker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.alliancetracker.editing.EditService.CascadeReverted;

/**
 * What the answer to a deletion's revert says of the changes the deletion made to other records, and what the answer
 * to a rollback says.
 */
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

    @Test
    void aRollbackCountsWhatItRevertedNamesWhatItLeftAndSaysWhenItTookOnlyTheLatest() {
        assertEquals("Reverted 1 of 1 change by ann from change 7.",
                new Reverts.Rollback(1, 1, 0, List.of()).message("ann", 7));
        List<String> left = IntStream.rangeClosed(1, Reverts.LEFT_NAMED + 1)
                .mapToObj(i -> "Change " + i + " was not reverted.").toList();
        assertEquals("Reverted 3 of 10 changes by ann from change 7. 1 had nothing left to revert. "
                + String.join(" ", left.subList(0, Reverts.LEFT_NAMED)) + " 1 other change was not reverted either;"
                + " the history shows each.", new Reverts.Rollback(10, 3, 1, left).message("ann", 7));
        assertEquals("Reverted " + Reverts.ROLLBACK_LIMIT + " of " + Reverts.ROLLBACK_LIMIT + " changes by ann from"
                + " change 7. Only the latest " + Reverts.ROLLBACK_LIMIT + " were taken: revert again for the earlier"
                + " ones.", new Reverts.Rollback(Reverts.ROLLBACK_LIMIT, Reverts.ROLLBACK_LIMIT, 0, List.of())
                        .message("ann", 7));
        assertEquals("Nothing to revert: no change by ann from change 7 is left to revert.",
                new Reverts.Rollback(0, 0, 0, List.of()).message("ann", 7));
    }
}
