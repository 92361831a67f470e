package org.unesco.oer.questionnaire;

/** A published questionnaire version's content may never change: a change needs a new version. */
public class PublishedVersionIsImmutableException extends RuntimeException {

    public PublishedVersionIsImmutableException(String file, String version, String publishedChecksum, String fileChecksum) {
        super("Questionnaire file " + file + " changes published version " + version
                + " (published checksum " + publishedChecksum + ", file checksum " + fileChecksum
                + "). A published version is immutable: give the changed content a new version.");
    }
}
