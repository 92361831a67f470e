package org.unesco.oer.report;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.platform.Sha256;
import org.unesco.oer.support.RawHttp;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** The document a report arrived as, attached by the Secretariat to the submission (issue 11 §1). */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class DocumentAttachmentTest {

    static final String CYCLE = "documents-2023";
    static final String SECRETARIAT = Tokens.secretariat();
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    @Inject
    ReportFixture fixture;
    @TestHTTPResource("/")
    java.net.URL base;

    @BeforeEach
    void cycle() {
        fixture.cycle(CYCLE, LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 31), LocalDate.of(2023, 4, 30));
    }

    /** The state's report entered and submitted on its behalf, as received on 28 January 2023. */
    private String submitted(String state) {
        if (ReportFixture.version(SECRETARIAT, CYCLE, state) == 0) {
            ReportFixture.patch(SECRETARIAT, CYCLE, state, fixture.completeAnswers(state), 0);
            int version = ReportFixture.version(SECRETARIAT, CYCLE, state);
            given().header("Authorization", SECRETARIAT).header("If-Match", "\"" + version + "\"").queryParam("receivedAt", "2023-01-28")
                    .post(reportPath(CYCLE, state) + "/submit").then().statusCode(200);
        }
        return reportPath(CYCLE, state) + "/submissions/1/documents";
    }

    private static ValidatableResponse attach(String auth, String path, String type, String name, byte[] content) {
        return given().header("Authorization", auth).contentType(type).queryParam("fileName", name).body(content)
                .post(path).then();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("National report of Kenya");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("Answers").createRow(0).createCell(0).setCellValue("Q01");
            w.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument text: its first entry is the stored (uncompressed) mimetype. */
    static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aPdfIsStoredWithItsSha256AndListedWithTheSubmission() {
        String path = submitted("KEN");
        byte[] pdf = pdf();
        attach(SECRETARIAT, path, PDF, "Rapport Kenya 2023.pdf", pdf).statusCode(201)
                .body("mediaType", equalTo(PDF)).body("sha256", equalTo(Sha256.hex(pdf))).body("size", equalTo(pdf.length))
                .body("fileName", equalTo("Rapport Kenya 2023.pdf"));
        given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "KEN") + "/submissions/1").then().statusCode(200)
                .body("documents.fileName", hasItem("Rapport Kenya 2023.pdf"));
    }

    @Test
    void aDocumentDownloadsUnchangedWithItsDigestAndAsAnAttachment() {
        String path = submitted("UGA");
        byte[] pdf = pdf();
        String href = attach(SECRETARIAT, path, PDF, "uganda.pdf", pdf).statusCode(201).extract().path("href");
        Response r = given().header("Authorization", SECRETARIAT).get(href);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.asByteArray()).isEqualTo(pdf);
        assertThat(r.contentType()).isEqualTo(PDF);
        assertThat(r.header("Content-Disposition")).startsWith("attachment;").contains("uganda.pdf");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Repr-Digest")).startsWith("sha-256=:");
    }

    @Test
    void docxXlsxAndOdtAreRecognisedFromTheirContent() throws IOException {
        String path = submitted("TZA");
        attach(SECRETARIAT, path, DOCX, "report.docx", docx()).statusCode(201).body("mediaType", equalTo(DOCX));
        attach(SECRETARIAT, path, XLSX, "annex.xlsx", xlsx()).statusCode(201).body("mediaType", equalTo(XLSX));
        attach(SECRETARIAT, path, ODT, "report.odt", odt()).statusCode(201).body("mediaType", equalTo(ODT));
        given().header("Authorization", SECRETARIAT).get(path).then().statusCode(200).body("", hasSize(3));
    }

    @Test
    void anotherTypeIsRefusedWith415AndNothingIsStored() {
        String path = submitted("RWA");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        attach(SECRETARIAT, path, "image/png", "scan.png", png).statusCode(415)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.containsString("document-type-not-accepted"));
        given().header("Authorization", SECRETARIAT).get(path).then().body("", hasSize(0));
    }

    @Test
    void contentThatIsNotWhatItsTypeSaysIsRefused() throws IOException {
        String path = submitted("BDI");
        attach(SECRETARIAT, path, PDF, "report.pdf", docx()).statusCode(415)
                .body("type", org.hamcrest.Matchers.containsString("document-content-mismatch"))
                .body("detail", org.hamcrest.Matchers.containsString(DOCX));
        attach(SECRETARIAT, path, DOCX, "report.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))
                .statusCode(415);
        attach(SECRETARIAT, path, XLSX, "report.xlsx", docx()).statusCode(415);
        given().header("Authorization", SECRETARIAT).get(path).then().body("", hasSize(0));
    }

    @Test
    void aNameWhoseExtensionContradictsTheTypeIsRefusedNamingTheField() {
        String path = submitted("SSD");
        attach(SECRETARIAT, path, PDF, "report.docx", pdf()).statusCode(400)
                .body("violations.field", hasItem("fileName")).body("violations.code", hasItem("file-name-extension"));
        attach(SECRETARIAT, path, PDF, "../../etc/report.pdf", pdf()).statusCode(400).body("violations.code", hasItem("file-name"));
        given().header("Authorization", SECRETARIAT).contentType(PDF).body(pdf()).post(path).then().statusCode(400)
                .body("violations.field", hasItem("fileName"));
    }

    @Test
    void anOversizeDocumentIsA413BeforeItsBodyIsRead() {
        String path = submitted("SOM");
        String answer = RawHttp.send(base, "POST " + path + "?fileName=big.pdf HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + SECRETARIAT
                + "\r\nContent-Type: application/pdf\r\nContent-Length: " + (10 * 1024 * 1024 + 1) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
        ObservedStatuses.record(DocumentAttachmentTest.class, "POST", path, 413);
        given().header("Authorization", SECRETARIAT).get(path).then().body("", hasSize(0));
    }

    @Test
    void anOversizeDocumentSentWithoutALengthIsA413AndNothingIsStored() {
        String path = submitted("COM");
        byte[] big = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
        // chunked: no length to check first, the service counts the bytes itself
        String answer = RawHttp.sendChunked(base, "POST " + path + "?fileName=big.pdf HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + SECRETARIAT + "\r\nContent-Type: application/pdf\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", big);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("document-too-large");
        ObservedStatuses.record(DocumentAttachmentTest.class, "POST", path, 413);
        given().header("Authorization", SECRETARIAT).get(path).then().body("", hasSize(0));
    }

    @Test
    void aDocumentJustUnderTheLimitIsAccepted() {
        String path = submitted("DJI");
        byte[] large = Arrays.copyOf(pdf(), 10 * 1024 * 1024);
        attach(SECRETARIAT, path, PDF, "large.pdf", large).statusCode(201).body("size", equalTo(large.length));
    }

    @Test
    void aSubmissionHoldsAtMostTenDocuments() {
        String path = submitted("SYC");
        for (int i = 1; i <= 10; i++) {
            attach(SECRETARIAT, path, PDF, "part-" + i + ".pdf", pdf()).statusCode(201);
        }
        attach(SECRETARIAT, path, PDF, "part-11.pdf", pdf()).statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("document-limit-reached"));
        given().header("Authorization", SECRETARIAT).get(path).then().body("", hasSize(10));
    }

    @Test
    void anEmptyBodyIsRefused() {
        String path = submitted("ERI");
        attach(SECRETARIAT, path, PDF, "empty.pdf", new byte[0]).statusCode(400).body("violations.field", hasItem("body"));
    }

    @Test
    void onlyTheSecretariatAttachesAndTheStatesFocalPointReads() {
        String path = submitted("ETH");
        fixture.designate(CYCLE, "ETH", "fp-doc-eth");
        String fp = Tokens.focalPoint("fp-doc-eth");
        attach(fp, path, PDF, "mine.pdf", pdf()).statusCode(403);
        String href = attach(SECRETARIAT, path, PDF, "ethiopia.pdf", pdf()).statusCode(201).extract().path("href");
        given().header("Authorization", fp).get(path).then().statusCode(200).body("", hasSize(1));
        given().header("Authorization", fp).get(href).then().statusCode(200);
        given().header("Authorization", Tokens.analyst()).get(href).then().statusCode(200);
    }

    @Test
    void anotherStatesFocalPointCannotSeeTheDocuments() {
        String path = submitted("MWI");
        String href = attach(SECRETARIAT, path, PDF, "malawi.pdf", pdf()).statusCode(201).extract().path("href");
        fixture.designate(CYCLE, "ZMB", "fp-doc-zmb");
        String other = Tokens.focalPoint("fp-doc-zmb");
        given().header("Authorization", other).get(path).then().statusCode(404);
        given().header("Authorization", other).get(href).then().statusCode(404);
        attach(other, path, PDF, "x.pdf", pdf()).statusCode(404);
    }

    @Test
    void aDocumentOfAnotherReportIsNotFoundUnderThisOne() {
        String href = attach(SECRETARIAT, submitted("ZWE"), PDF, "zimbabwe.pdf", pdf()).statusCode(201).extract().path("href");
        String id = href.substring(href.lastIndexOf('/') + 1);
        given().header("Authorization", SECRETARIAT).get(submitted("MOZ") + "/" + id).then().statusCode(404);
    }

    @Test
    void attachingIsAudited() {
        String path = submitted("NAM");
        byte[] pdf = pdf();
        attach(SECRETARIAT, path, PDF, "namibia.pdf", pdf).statusCode(201);
        given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "NAM") + "/history?size=200").then()
                .body("entries.find { it.action == 'DOCUMENT_ATTACHED' }.detail.sha256", equalTo(Sha256.hex(pdf)))
                .body("entries.find { it.action == 'DOCUMENT_ATTACHED' }.detail.fileName", equalTo("namibia.pdf"));
    }

    @Test
    void aSubmissionThatDoesNotExistHasNoDocuments() {
        submitted("LSO");
        given().header("Authorization", SECRETARIAT).get(reportPath(CYCLE, "LSO") + "/submissions/9/documents").then().statusCode(404);
        attach(SECRETARIAT, reportPath(CYCLE, "LSO") + "/submissions/9/documents", PDF, "a.pdf", pdf()).statusCode(404);
    }
}
