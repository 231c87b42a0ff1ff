package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Clock;
import org.lifeline.crypto.SecretBox;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.TooLargeException;
import org.lifeline.shared.UnsupportedContentException;

/**
 * Takes one evidence upload in as it streams: judges its format by its first bytes (never by the name or the type the
 * client claims), counts and hashes it while it seals it, and stops it at the size limit. The bytes are never held
 * whole in memory and never stored unsealed.
 */
@ApplicationScoped
public class EvidenceIntake {

    @Inject
    RecoveryCaseSettings settings;

    @Inject
    EvidenceRepository evidence;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    /**
     * Stores the upload as evidence of the case, in the caller's transaction; the stored file's record. The file may
     * be as large as the size limit or the account's {@code room} left in its allowance, whichever is smaller. Its
     * kind is asked once the bytes are in, since a form may send it after the file.
     */
    Evidence take(String caseId, EvidenceUpload upload, long room) {
        try {
            PushbackInputStream in = new PushbackInputStream(upload.content(), EvidenceFormat.HEAD_BYTES);
            byte[] head = in.readNBytes(EvidenceFormat.HEAD_BYTES);
            in.unread(head);
            EvidenceFormat format = EvidenceFormat.of(head)
                    .orElseThrow(() -> new UnsupportedContentException(
                            "evidence must be a PNG, JPEG, PDF or MP4 file (judged by its content)"));
            Evidence added = new Evidence(caseId, format, clock.instant());
            added.sealedWith(secrets.activeKeyId());
            evidence.add(added);
            long limit = Math.min(settings.evidenceMaxBytes(), room);
            MeteredInput metered = new MeteredInput(in, limit);
            int segments;
            try {
                segments = storeInSegments(added, metered);
            } catch (IOException e) {
                if (metered.exceeded()) {
                    throw new TooLargeException(
                            limit < settings.evidenceMaxBytes()
                                    ? "the account may send " + limit + " more evidence bytes in this period ("
                                            + settings.quotaPeriodInWords() + "); this file is larger"
                                    : "an evidence file is at most " + settings.evidenceMaxBytes() + " bytes");
                }
                throw e;
            }
            if (!format.endsWell(metered.tail(), metered.count())) {
                throw new UnsupportedContentException(
                        "the file starts as a " + format.name() + " but does not end as one: it is damaged or not one");
            }
            added.stored(metered.count(), metered.sha256Hex(), segments);
            EvidenceKind kind = upload.kind();
            if (kind == null) {
                throw InvalidRequestException.ofField("kind", RecoveryCaseService.KIND_REQUIRED);
            }
            added.named(kind);
            return added;
        } catch (IOException e) {
            throw new InvalidRequestException("the upload could not be read");
        }
    }

    /**
     * Seals and stores the upload a segment at a time, reading one segment ahead to know which is the last (sealed as
     * such): two segments in memory, whatever the file's size. The number of segments stored.
     */
    private int storeInSegments(Evidence added, InputStream in) throws IOException {
        byte[] current = new byte[Evidence.SEGMENT_BYTES];
        byte[] next = new byte[Evidence.SEGMENT_BYTES];
        int currentLength = in.readNBytes(current, 0, current.length);
        int segment = 0;
        while (true) {
            int nextLength = currentLength < current.length ? 0 : in.readNBytes(next, 0, next.length);
            boolean last = nextLength == 0;
            evidence.addSegment(
                    added.id(),
                    segment,
                    secrets.sealSegment(added.keyId(), current, currentLength, added.sealContext(), segment, last));
            if (last) {
                return segment + 1;
            }
            byte[] swap = current;
            current = next;
            next = swap;
            currentLength = nextLength;
            segment++;
        }
    }
}
