package org.lifeline.schema;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

@Stateless
public class JpaDatabaseReadiness implements DatabaseReadiness {

    private static final Logger LOG = Logger.getLogger(JpaDatabaseReadiness.class.getName());

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean ready() {
        try {
            Object[] history = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN success THEN 0 ELSE 1 END)"
                    + " FROM " + SchemaMigrations.HISTORY_TABLE).getSingleResult();
            long applied = ((Number) history[0]).longValue();
            long failed = history[1] == null ? 0 : ((Number) history[1]).longValue();
            return applied > 0 && failed == 0;
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "database not ready: {0}", e.getClass().getSimpleName());
            return false;
        }
    }
}
