package org.unesco.oer.report;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a state's report may arrive as, recognised from their content, never from
 * their name: PDF by its signature; DOCX and XLSX by the main part their {@code [Content_Types].xml}
 * declares (macro-enabled variants are other types, and refused); ODT by its {@code mimetype} entry.
 * Only those two small entries are ever inflated, read through the zip's central directory, so a
 * zip bomb costs nothing.
 */
public enum DocumentType {

    PDF("application/pdf", "pdf", null),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    ODT("application/vnd.oasis.opendocument.text", "odt", null);

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final int MAX_PART = 256 * 1024;

    private final String mediaType;
    private final String extension;
    private final String mainPart;

    DocumentType(String mediaType, String extension, String mainPart) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.mainPart = mainPart;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    public static Optional<DocumentType> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    /** What the bytes are, if one of these. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (!startsWith(content, ZIP_SIGNATURE)) {
            return Optional.empty();
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            String mimetype = part(zip, "mimetype");
            if (mimetype != null) {
                return mimetype.trim().equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
            }
            String types = part(zip, "[Content_Types].xml");
            if (types == null) {
                return Optional.empty();
            }
            for (DocumentType t : new DocumentType[] {DOCX, XLSX}) {
                if (types.contains("\"" + t.mainPart + "\"")) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a readable zip: not one of these
        }
    }

    private static String part(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(MAX_PART);
            return new String(head, StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
