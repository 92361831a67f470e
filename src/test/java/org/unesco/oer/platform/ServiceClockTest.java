package org.unesco.oer.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unesco.oer.support.ReportFixture;
import org.unesco.oer.support.TestClock;
import org.unesco.oer.support.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.unesco.oer.support.ReportFixture.reportPath;

/** Every decision and every stored time comes from the service's clock, not from the wall. */
@QuarkusTest
class ServiceClockTest {

    @Inject
    ReportFixture fixture;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theServiceClockIsTheSystemClockOrStartsAtOerClockStart() {
        Optional<Instant> start = ConfigProvider.getConfig().getOptionalValue("oer.clock.start", Instant.class);
        Instant now = clock.instant();
        if (start.isPresent()) {
            // Shifted when the application started, at most a few minutes ago (the suite is short).
            assertThat(now).isBetween(start.get(), start.get().plus(Duration.ofHours(2)));
        } else {
            assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void theCyclePhaseFollowsTheServiceClock() {
        LocalDate today = fixture.today();
        String cycle = fixture.cycle("phase-by-clock", today.plusDays(10), today.plusDays(20), today.plusDays(30));
        assertThat(phase(cycle)).isEqualTo("upcoming");
        clock.setNow(startOf(today.plusDays(10)).plusSeconds(1));
        assertThat(phase(cycle)).isEqualTo("open");
        clock.setNow(startOf(today.plusDays(21)).plusSeconds(1));
        assertThat(phase(cycle)).isEqualTo("late_submissions");
        clock.setNow(startOf(today.plusDays(31)).plusSeconds(1));
        assertThat(phase(cycle)).isEqualTo("closed");
    }

    @Test
    void storedTimestampsComeFromTheServiceClock() {
        String cycle = fixture.openCycle();
        Instant set = startOf(fixture.today().plusDays(7)).plus(Duration.ofHours(10));
        clock.setNow(set);
        fixture.designate(cycle, "MOZ", "fp-moz-clock");
        String fp = Tokens.focalPoint("fp-moz-clock");
        ReportFixture.patch(fp, cycle, "MOZ", fixture.completeAnswers("MOZ"), 0);
        Instant submittedAt = Instant.parse(ReportFixture.submit(fp, reportPath(cycle, "MOZ"))
                .statusCode(200).body("late", equalTo(false)).extract().path("submittedAt"));
        Instant historyAt = Instant.parse(given().header("Authorization", fp).get(reportPath(cycle, "MOZ") + "/history")
                .then().statusCode(200).body("entries[0].action", equalTo("REPORT_SUBMITTED")).extract().path("entries[0].at"));
        Instant startedAt = Instant.parse(given().header("Authorization", fp).get(reportPath(cycle, "MOZ"))
                .then().statusCode(200).extract().path("startedAt"));
        for (Instant stored : new Instant[]{submittedAt, historyAt, startedAt}) {
            assertThat(stored).isBetween(set, set.plus(Duration.ofMinutes(1)));
        }
    }

    private static String phase(String cycle) {
        return given().header("Authorization", Tokens.analyst()).get("/api/cycles/" + cycle).then().statusCode(200)
                .extract().path("phase");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ReportFixture.ZONE).toInstant();
    }
}
