package org.lifeline.recoverycase;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.lifeline.account.AccountId;

/** Storage of cases. */
public interface RecoveryCaseRepository {

    RecoveryCase find(String id);

    /** The account a case belongs to, without loading the case; null when there is no such case. */
    AccountId accountOf(String caseId);

    /** The accounts those of the cases that exist belong to, each once, without loading the cases. */
    List<AccountId> accountsOf(Collection<String> caseIds);

    /** Those of the cases that exist: the ones this transaction holds already, and the rest with one read. */
    List<RecoveryCase> findAll(Collection<String> ids);

    /** Ids of approved cases whose waiting period is over, earliest first. */
    List<String> dueIds(Instant now, int limit);

    /** Ids after {@code after} (in id order) of cases left unattended past their deadline. */
    List<String> unattendedIdsAfter(String after, Instant now, int limit);

    /** The account's open case, or null. */
    RecoveryCase findOpen(AccountId account);

    /** What the account used of its allowance: the cases it opened after {@code since} and their evidence bytes. */
    CaseAllowance allowanceUsedSince(AccountId account, Instant since);

    /** A page of cases, newest first, of one status or (null) of all. */
    /** A page of cases of one status, or all (null), by when they were opened: newest first, or oldest first. */
    List<RecoveryCase> findPage(CaseStatus status, boolean oldestFirst, int offset, int limit);

    long count(CaseStatus status);

    /** Stores a new case and writes it at once, so that a second open case fails on the unique slot here. */
    void addNow(RecoveryCase recoveryCase);
}
