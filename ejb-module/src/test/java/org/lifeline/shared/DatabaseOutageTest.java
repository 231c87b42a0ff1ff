package org.lifeline.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void noConnectionFromThePoolIsAnOutage() {
        // what the server threw while MariaDB was stopped: EJBException < Hibernate < SQLException < ResourceException
        Exception pool = new EJBException(new PersistenceException(
                "Unable to acquire JDBC Connection",
                new SQLException(new ResourceException("IJ000453: Unable to get managed connection"))));
        assertTrue(DatabaseOutage.explains(pool));
    }

    @Test
    void aConnectionRefusedOrCutIsAnOutage() {
        assertTrue(DatabaseOutage.explains(new SQLNonTransientConnectionException("Connection refused", "08000")));
        assertTrue(DatabaseOutage.explains(
                new PersistenceException(new SQLException("Communications link failure", "08S01"))));
    }

    @Test
    void faultsAreNot() {
        assertFalse(DatabaseOutage.explains(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.explains(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseOutage.explains(new SQLException("syntax", "42000")));
    }

    @Test
    void aDeadlockRolledBackIsContentionNotAnOutage() {
        // what the fuzzer met: two enrollments' inserts into the authenticator table's unique index
        Exception deadlock = new EJBException(new PersistenceException(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
        assertTrue(DatabaseOutage.isLockContention(deadlock));
        assertFalse(DatabaseOutage.explains(deadlock));
        assertTrue(DatabaseOutage.isLockContention(new SQLException("serialization failure", "40001")));
        assertFalse(DatabaseOutage.isLockContention(new SQLIntegrityConstraintViolationException("dup", "23000")));
        assertFalse(DatabaseOutage.isLockContention(new IllegalStateException("a bug")));
    }

    @Test
    void aCommitLostToGaleraIsContentionThoughTheDeadlockIsOnlySuppressed() {
        // what two nodes met on Galera: the transaction manager's RollbackException carries the resource's failure
        // as a suppressed exception, not as its cause
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException(
                "IJ001156: Could not commit local transaction",
                new ResourceException(
                        "SQLException", new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
        Exception thrown = new EJBException(rollback);
        assertTrue(DatabaseOutage.isLockContention(thrown));
        assertFalse(DatabaseOutage.explains(thrown));
    }

    @Test
    void aCycleOfCausesEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);
        first.addSuppressed(second);
        assertFalse(DatabaseOutage.isLockContention(first));
    }
}
