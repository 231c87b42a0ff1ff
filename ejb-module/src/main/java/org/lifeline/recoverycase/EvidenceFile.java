package org.lifeline.recoverycase;

/** An opened evidence file for support to look at. */
public record EvidenceFile(String contentType, String sha256, byte[] content) {

    @Override
    public String toString() {
        return "EvidenceFile[" + contentType + ", " + content.length + " bytes]";
    }
}
