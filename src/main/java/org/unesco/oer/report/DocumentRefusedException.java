package org.unesco.oer.report;

import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Message;

/**
 * A document that may not be attached: not one of the accepted types (415), content that is not
 * what its type or name says (415), larger than the limit (413), or one too many (409).
 */
public class DocumentRefusedException extends DomainException {

    private DocumentRefusedException(int status, String slug, Message detail) {
        super(status, slug, detail);
    }

    public static DocumentRefusedException typeNotAccepted(String given) {
        return new DocumentRefusedException(415, "document-type-not-accepted", Message.of("detail.document-type-not-accepted", given));
    }

    public static DocumentRefusedException contentMismatch(String declared, String detected) {
        return new DocumentRefusedException(415, "document-content-mismatch", detected == null
                ? Message.of("detail.document-content-unknown", declared)
                : Message.of("detail.document-content-mismatch", declared, detected));
    }

    public static DocumentRefusedException tooLarge(long limit) {
        return new DocumentRefusedException(413, "document-too-large", Message.of("detail.document-too-large", limit));
    }

    public static DocumentRefusedException tooMany(int limit) {
        return new DocumentRefusedException(409, "document-limit-reached", Message.of("detail.document-limit-reached", limit));
    }
}
