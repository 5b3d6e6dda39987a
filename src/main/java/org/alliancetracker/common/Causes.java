package org.alliancetracker.common;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A failure's chain of causes, walked to find what refused a write under the wrappers of Hibernate, Narayana and the
 * application: a constraint, a stale version, a lost connection. A chain that loops back ends where it would repeat.
 */
public final class Causes {

    private Causes() {
    }

    /** The failure and each of its causes, outermost first. */
    public static Stream<Throwable> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).takeWhile(seen::add);
    }

    /** The failure, or the first of its causes, that is of this type. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return of(failure).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Whether the failure, or any of its causes, is of one of these types. */
    @SafeVarargs
    public static boolean include(Throwable failure, Class<? extends Throwable>... types) {
        return of(failure).anyMatch(cause -> Stream.of(types).anyMatch(type -> type.isInstance(cause)));
    }

    /** The last cause, which often names what was refused (a host and port, a constraint). */
    public static Throwable innermost(Throwable failure) {
        return of(failure).reduce((outer, inner) -> inner).orElseThrow();
    }
}
