package org.alliancetracker.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.IdGeneratorType;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.id.IdentityGenerator;

/**
 * An id from the table's identity column, or the id a record had before it was deleted: reverting a deletion brings
 * the record back with its id, so the records and changes that name it (a former name's organization, a move's
 * backing) name it again, and a bot mirroring the data by id sees the same record come back.
 */
@IdGeneratorType(RestorableIdentity.Generator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RestorableIdentity {

    /** The identity column's value on insert, unless the record already holds the id it is restored with. */
    class Generator extends IdentityGenerator implements BeforeExecutionGenerator {

        @Override
        public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
                EventType eventType) {
            return ((TrackedEntity) owner).id;
        }

        @Override
        public boolean generatedOnExecution(Object owner, SharedSessionContractImplementor session) {
            return ((TrackedEntity) owner).id == null;
        }

        @Override
        public boolean generatedOnExecution() {
            return true;
        }

        @Override
        public boolean allowAssignedIdentifiers() {
            return true;
        }
    }
}
