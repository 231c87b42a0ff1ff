package org.lifeline.recoverycode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.jpa.HibernateHints;
import org.lifeline.crypto.DigestKeys;

/** One recovery code, kept only as its keyed digest; used at most once. */
@Entity
@Table(name = "recovery_code")
// the id only: a used code is told from an unknown one without loading an entity, so both refusals cost the same
@NamedQuery(name = "RecoveryCode.idByDigest", query = "select c.id from RecoveryCode c where c.digest in :digests")
// Native SQL, as Authenticator.acceptStep and for the same reason: a JPQL update is translated on every execution.
@NamedNativeQuery(
        name = "RecoveryCode.consume",
        query = "UPDATE recovery_code SET used_at = ?1 WHERE digest IN (?2) AND set_id = ?3 AND used_at IS NULL",
        hints = @QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "recovery_code"))
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "set_id", length = 36, nullable = false, updatable = false)
    private String setId;

    @Column(name = "digest", length = 64, nullable = false, updatable = false)
    private String digest;

    /** The key the digest was made with ({@code DigestKeys}); null for the pepper's old scheme. */
    @Column(name = "key_id", length = 32, updatable = false)
    private String keyId;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(String setId, DigestKeys.Keyed digest) {
        this.setId = setId;
        this.digest = digest.hex();
        this.keyId = digest.keyId();
    }

    public String setId() {
        return setId;
    }

    String digest() {
        return digest;
    }

    String keyId() {
        return keyId;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
