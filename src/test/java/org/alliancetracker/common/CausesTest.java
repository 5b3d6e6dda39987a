package org.alliancetracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CausesTest {

    private final IOException innermost = new IOException("disk full");
    private final UncheckedIOException middle = new UncheckedIOException("write failed", innermost);
    private final IllegalStateException outermost = new IllegalStateException("save failed", middle);

    @Test
    void aFailureComesWithItsCausesOutermostFirst() {
        assertEquals(List.of(outermost, middle, innermost), Causes.of(outermost).toList());
        assertSame(innermost, Causes.innermost(outermost));
        assertSame(innermost, Causes.innermost(innermost), "a failure with no cause is its own innermost");
    }

    @Test
    void theFirstOfATypeIsFoundAmongTheFailureAndItsCauses() {
        assertEquals(Optional.of(middle), Causes.find(outermost, UncheckedIOException.class));
        assertEquals(Optional.of(outermost), Causes.find(outermost, RuntimeException.class), "the failure itself");
        assertEquals(Optional.empty(), Causes.find(outermost, ArithmeticException.class));
        assertTrue(Causes.include(outermost, ArithmeticException.class, IOException.class));
        assertFalse(Causes.include(outermost, ArithmeticException.class, SecurityException.class));
    }

    @Test
    void aChainThatLoopsBackEndsWhereItWouldRepeat() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertEquals(List.of(first, second), Causes.of(first).toList());
        assertEquals(Optional.empty(), Causes.find(first, IOException.class));
        assertSame(second, Causes.innermost(first));
    }
}
