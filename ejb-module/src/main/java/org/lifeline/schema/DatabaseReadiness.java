package org.lifeline.schema;

import jakarta.ejb.Local;

@Local
public interface DatabaseReadiness {

    /** True when the database answers and every migration in the history succeeded. */
    boolean ready();
}
