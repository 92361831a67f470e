package org.unesco.oer.review;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** The state's team answers the Secretariat's comments on a returned report, until it submits again. */
@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class CommentReplyTest {

    private static final String CYCLE = "replies-open";

    @Inject
    ReportFixture fixture;

    /** A report of {@code state}, submitted and returned with one comment on Q02; its comment id. */
    private long returned(String state) {
        fixture.openCycle(CYCLE);
        String fp = "fp-replies-" + state.toLowerCase();
        fixture.designate(CYCLE, state, fp);
        String auth = Tokens.focalPoint(fp);
        fixture.returnedWithComment(auth, CYCLE, state, "Please check", "Q02", "Which ministry?");
        return ((Number) given().header("Authorization", auth).get(reportPath(CYCLE, state)).then()
                .extract().path("openComments[0].id")).longValue();
    }

    private static io.restassured.response.ValidatableResponse reply(String auth, String state, long id, String text) {
        return given().header("Authorization", auth).contentType("application/json").body(Map.of("text", text))
                .post(reportPath(CYCLE, state) + "/comments/" + id + "/replies").then();
    }

    @Test
    void aReplyIsShownWithItsCommentAndAudited() {
        long id = returned("MWI");
        reply(Tokens.focalPoint("fp-replies-mwi"), "MWI", id, "  The Ministry of Education.  ").statusCode(200)
                .body("text", equalTo("The Ministry of Education.")).body("author", equalTo("fp-replies-mwi"));
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "MWI")).then()
                .body("openComments[0].replies", hasSize(1))
                .body("openComments[0].replies[0].role", equalTo("focal-point"));
        given().header("Authorization", Tokens.secretariat()).get(reportPath(CYCLE, "MWI") + "/history").then()
                .body("entries[0].action", equalTo("COMMENT_REPLIED")).body("entries[0].question", equalTo("Q02"));
    }

    @Test
    void aCommentOfAnotherReportIsNotFound() {
        long id = returned("MOZ");
        returned("NAM");
        reply(Tokens.focalPoint("fp-replies-nam"), "NAM", id, "Not mine").statusCode(404);
    }

    @Test
    void anEmptyReplyIsRefusedNamingTheField() {
        long id = returned("LSO");
        reply(Tokens.focalPoint("fp-replies-lso"), "LSO", id, " ").statusCode(400).body("violations[0].field", equalTo("text"));
    }

    @Test
    void aCommentClosesWhenTheReportIsSubmittedAgain() {
        long id = returned("BWA");
        String auth = Tokens.focalPoint("fp-replies-bwa");
        ReportFixture.submit(auth, reportPath(CYCLE, "BWA")).statusCode(200);
        reply(auth, "BWA", id, "Too late").statusCode(409).body("type", equalTo("urn:oer-reporting:problem:comment-closed"));
    }
}
