package org.lifeline.recoverycase;

import java.io.IOException;
import java.io.InputStream;

/**
 * One evidence upload as it arrives over the wire: the file's bytes, read once as they stream in, and the kind the
 * owner gave, which a form may send before or after the file. Nothing of it is held whole anywhere.
 */
public interface EvidenceUpload {

    /** The file's bytes, to be read once; a refusal ({@code invalid-request}) when the upload carries no file. */
    InputStream content() throws IOException;

    /**
     * The kind the owner named, asked once the content is read (so it may read the rest of the upload to find it);
     * {@code null} when the upload names none, a refusal when it names one that does not exist.
     */
    EvidenceKind kind() throws IOException;
}
