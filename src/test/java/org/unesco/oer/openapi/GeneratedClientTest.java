package org.unesco.oer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unesco.oer.client.ApiClient;
import org.unesco.oer.client.ApiException;
import org.unesco.oer.client.JSON;
import org.unesco.oer.client.api.NationalReportsApi;
import org.unesco.oer.client.api.ReportingCyclesApi;
import org.unesco.oer.client.model.AnswerValue;
import org.unesco.oer.client.model.AnswersPatch;
import org.unesco.oer.client.model.LocalizedQuestion;
import org.unesco.oer.client.model.Problem;
import org.unesco.oer.client.model.QuestionType;
import org.unesco.oer.client.model.ReceiptView;
import org.unesco.oer.client.model.ReportStatus;
import org.unesco.oer.client.model.ReportView;
import org.unesco.oer.client.model.SaveResult;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client generated at build time from docs/openapi.json (openapi-generator, library
 * {@code native}; see the pom) works against the running service: one focal point takes a report
 * from draft to submitted with it, and its errors read as the document's Problem.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final String CYCLE = "generated-client";
    private static final String STATE = "MLI";

    @TestHTTPResource("/")
    URL base;
    @Inject
    ReportFixture fixture;

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    @Test
    void aFocalPointFillsAndSubmitsAReportWithTheGeneratedClient() throws Exception {
        fixture.openCycle(CYCLE);
        fixture.designate(CYCLE, STATE, "fp-client");
        ApiClient client = client(Tokens.focalPoint("fp-client"));
        NationalReportsApi reports = new NationalReportsApi(client);

        // the questionnaire says each question's type as an enum
        LocalizedQuestion first = new ReportingCyclesApi(client).cycleResourceQuestionnaire(CYCLE, "en", null)
                .getSections().get(0).getQuestions().get(0);
        assertThat(first.getType()).isEqualTo(QuestionType.MEMBER_STATE);

        ReportView report = reports.reportResourceGet(CYCLE, STATE);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.NOT_STARTED);

        Map<String, JsonNode> answers = new LinkedHashMap<>(fixture.completeAnswers(STATE));
        answers.remove("Q02");
        SaveResult saved = reports.reportResourceSaveMany(CYCLE, STATE, new AnswersPatch().answers(answers), etag(report.getVersion()));
        assertThat(saved.getStatus()).isEqualTo(ReportStatus.DRAFT);
        saved = reports.reportResourceSaveOne("Q02", CYCLE, STATE, new AnswerValue().value(TextNode.valueOf("Ministry of Education")),
                etag(saved.getVersion()));
        assertThat(reports.reportResourceValidation(CYCLE, STATE).getSubmittable()).isTrue();

        // without If-Match the service answers 428, which the client reads as the document's Problem
        ApiException missing = catchThrowableOfType(ApiException.class, () -> reports.reportResourceSubmit(CYCLE, STATE, null, null));
        assertThat(missing.getCode()).isEqualTo(428);
        Problem problem = JSON.getDefault().getMapper().readValue(missing.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(428);
        assertThat(problem.getType().toString()).startsWith("urn:oer-reporting:problem:");

        ReceiptView receipt = reports.reportResourceSubmit(CYCLE, STATE, null, etag(saved.getVersion()));
        assertThat(receipt.getNumber()).isEqualTo(1);
        assertThat(receipt.getDigest()).hasSize(64);
        assertThat(receipt.getLate()).isFalse();

        ReportView submitted = reports.reportResourceGet(CYCLE, STATE);
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.getAnswers().get("Q02").asText()).isEqualTo("Ministry of Education");
        assertThat(reports.reportResourceSubmission(1, CYCLE, STATE).getDigestValid()).isTrue();
    }
}
