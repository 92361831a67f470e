package org.unesco.oer.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.platform.Sha256;
import org.unesco.oer.report.ReportDtos.DocumentView;
import org.unesco.oer.report.ReportLocator.ReportContext;
import org.unesco.oer.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The documents a report arrived as, attached to its submissions and read back unchanged. */
@ApplicationScoped
public class DocumentService {

    /** A plain file name: no path, no control characters, an extension. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}\\.[A-Za-z0-9]{1,10}");

    @Inject
    InstantSource clock;
    @Inject
    ReportLocator locator;
    @Inject
    DocumentConfig config;
    @Inject
    AuditTrail audit;

    public record Download(String fileName, String mediaType, String sha256, byte[] content) {
    }

    /**
     * Stores the document after checking, in this order, the report, the declared type, the name
     * and its extension, the submission, the size and the content; anything refused stores nothing.
     */
    @Transactional
    public DocumentView attach(String cycleCode, String stateCode, int number, String fileName, String contentType,
                               InputStream body, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        DocumentType declared = DocumentType.ofMediaType(contentType)
                .orElseThrow(() -> DocumentRefusedException.typeNotAccepted(contentType == null ? "-" : contentType));
        String name = fileName == null ? "" : fileName.strip();
        if (!FILE_NAME.matcher(name).matches()) {
            throw new InvalidRequestException("fileName", "file-name");
        }
        if (DocumentType.ofFileName(name).orElse(null) != declared) {
            throw new InvalidRequestException("fileName", "file-name-extension", declared.extension());
        }
        Submission submission = submission(ctx, number);
        byte[] content = read(body, config.maxSize().asLongValue());
        if (content.length == 0) {
            throw new InvalidRequestException("body", "document-empty");
        }
        DocumentType detected = DocumentType.detect(content).orElse(null);
        if (detected != declared) {
            throw DocumentRefusedException.contentMismatch(declared.mediaType(), detected == null ? null : detected.mediaType());
        }
        if (SubmissionDocument.count("submissionId", submission.id) >= config.maxPerSubmission()) {
            throw DocumentRefusedException.tooMany(config.maxPerSubmission());
        }
        SubmissionDocument d = new SubmissionDocument();
        d.submissionId = submission.id;
        d.fileName = name;
        d.mediaType = detected.mediaType();
        d.sizeBytes = content.length;
        d.sha256 = Sha256.hex(content);
        d.content = content;
        d.attachedBy = actor.username();
        d.attachedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        d.persist();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("submission", number);
        detail.put("document", d.id);
        detail.put("fileName", d.fileName);
        detail.put("mediaType", d.mediaType);
        detail.put("size", d.sizeBytes);
        detail.put("sha256", d.sha256);
        audit.append(actor.username(), actor.role(), AuditEntry.of("DOCUMENT_ATTACHED", ctx.cycleCode(), ctx.stateCode())
                .detail(Json.write(detail)));
        return DocumentView.of(ctx, number, new SubmissionDocument.Listed(d.id, d.submissionId, d.fileName, d.mediaType,
                d.sizeBytes, d.sha256, d.attachedBy, d.attachedAt));
    }

    @Transactional
    public List<DocumentView> list(String cycleCode, String stateCode, int number) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        Submission submission = submission(ctx, number);
        return SubmissionDocument.listed(List.of(submission.id)).stream().map(l -> DocumentView.of(ctx, number, l)).toList();
    }

    @Transactional
    public Download download(String cycleCode, String stateCode, int number, long id) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        Submission submission = submission(ctx, number);
        SubmissionDocument d = SubmissionDocument.findById(id);
        if (d == null || !d.submissionId.equals(submission.id)) {
            throw new NotFoundException("document", String.valueOf(id));
        }
        return new Download(d.fileName, d.mediaType, d.sha256, d.content);
    }

    private static Submission submission(ReportContext ctx, int number) {
        return NationalReport.find(ctx.cycleCode(), ctx.stateCode())
                .flatMap(r -> Submission.byNumber(r.id, number))
                .orElseThrow(() -> new NotFoundException("submission", String.valueOf(number)));
    }

    /** The body, refused as soon as it passes the limit (a chunked upload has no length to check first). */
    private static byte[] read(InputStream body, long limit) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw DocumentRefusedException.tooLarge(limit);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
