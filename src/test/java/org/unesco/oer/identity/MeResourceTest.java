package org.unesco.oer.identity;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unesco.oer.support.ObservedStatuses;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.unesco.oer.support.ReportFixture.OPEN_CYCLE;

@QuarkusTest
@ExtendWith(ObservedStatuses.class)
class MeResourceTest {

    @Inject
    ReportFixture fixture;
    @Inject
    DesignationService designations;

    @BeforeEach
    void openCycle() {
        fixture.openCycle();
    }

    @Test
    void meShowsIdentityRolesAndCurrentDesignations() {
        fixture.designate(OPEN_CYCLE, "FJI", "fp-fji");
        given().header("Authorization", Tokens.focalPoint("fp-fji")).get("/api/me").then().statusCode(200)
                .body("subject", equalTo(Tokens.subjectOf("fp-fji")))
                .body("username", equalTo("fp-fji"))
                .body("roles", hasItem("focal-point"))
                .body("designations", hasSize(1))
                .body("designations[0].state", equalTo("FJI"));
    }

    @Test
    void aDesignationWithoutAKeycloakUserIdGivesNoAccessOutsideTheDemoData() {
        // Only the demo designations of dev mode and the local stack are bound to a user name at first use.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> designations.designate(
                new DesignationService.NewDesignation(OPEN_CYCLE, "WSM", "fp-wsm", null, "P", "p@example.org", null, null, "letter"),
                "secretariat", "secretariat"));
        given().header("Authorization", Tokens.focalPoint("fp-wsm")).get("/api/cycles/" + OPEN_CYCLE + "/reports/WSM").then().statusCode(404);
        given().header("Authorization", Tokens.focalPoint("fp-wsm")).get("/api/me").then().statusCode(200)
                .body("designations", hasSize(0));
    }

    @Test
    void endingADesignationRemovesAccessAtOnce() {
        fixture.designate(OPEN_CYCLE, "TON", "fp-ton");
        String fp = Tokens.focalPoint("fp-ton");
        given().header("Authorization", fp).get("/api/cycles/" + OPEN_CYCLE + "/reports/TON").then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            Designation d = Designation.find("username", "fp-ton").firstResult();
            designations.end(d, "secretariat", "secretariat", "Handover");
        });
        given().header("Authorization", fp).get("/api/cycles/" + OPEN_CYCLE + "/reports/TON").then().statusCode(404);
    }
}
