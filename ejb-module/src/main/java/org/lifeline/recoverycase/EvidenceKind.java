package org.lifeline.recoverycase;

/** What a piece of evidence is meant to show. Stored by name. */
public enum EvidenceKind {
    ID_DOCUMENT,
    SELFIE,
    VIDEO_STATEMENT,
    OTHER
}
