package org.unesco.oer.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.report.DocumentService;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.SubmissionService;
import org.unesco.oer.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report received outside the system, submitted by the Secretariat with the date it was received
 * and, when given, the document it came as: one transaction, so a refused document leaves the
 * report as it was (not submitted) and the page can ask again.
 */
@ApplicationScoped
public class ProxySubmission {

    @Inject
    SubmissionService submissions;
    @Inject
    DocumentService documents;

    /** The document as uploaded: its name, declared type and the file the upload was stored in. */
    public record Upload(String fileName, String contentType, Path file) {
    }

    /** Thrown when the submission was accepted but its document was refused (all rolled back). */
    public static class DocumentRefused extends RuntimeException {
        private final RuntimeException refusal;

        DocumentRefused(RuntimeException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        public RuntimeException refusal() {
            return refusal;
        }
    }

    @Transactional
    public ReceiptView submit(String cycle, String state, Integer version, String receivedAt, Upload upload, Actor actor) {
        ReceiptView receipt = submissions.submit(cycle, state, version, receivedAt, actor);
        if (upload != null) {
            try (InputStream in = Files.newInputStream(upload.file())) {
                documents.attach(cycle, state, receipt.number(), upload.fileName(), upload.contentType(), in, actor);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.unesco.oer.platform.DomainException e) {
                throw new DocumentRefused(e);
            }
        }
        return receipt;
    }
}
