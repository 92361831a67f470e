package org.unesco.oer.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.registry.MembershipStatus;
import org.unesco.oer.report.NationalReport;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.report.SubmissionService;
import org.unesco.oer.review.ReviewDtos.QuestionComment;
import org.unesco.oer.review.ReviewService;
import org.unesco.oer.security.Actor;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Demo reports for dev mode ({@code oer.demo-data.reports}), so that the Secretariat's and the
 * analysts' pages have something to show: the first consultation completed as it was (reports
 * received by e-mail, entered on the states' behalf with the dates received, some validated), and
 * in the open consultation some reports submitted, some returned with a comment, some drafts. The
 * demo focal points' own states are left for them. Only into a cycle that has no report yet.
 */
@ApplicationScoped
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class);
    private static final Set<String> LEFT_TO_FOCAL_POINTS = Set.of("KEN", "FRA", "JOR", "BRA", "IND");
    private static final Actor SECRETARIAT = new Actor("demo-data", "secretariat", true);
    private static final Actor REVIEWER = new Actor("demo-data", "secretariat", false);

    @Inject
    org.unesco.oer.identity.DemoDesignations.DemoDataConfig config;
    @Inject
    InstantSource clock;
    @Inject
    CycleService cycles;
    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    ReportService reports;
    @Inject
    SubmissionService submissions;
    @Inject
    ReviewService reviews;

    void onStart(@Observes @Priority(50) StartupEvent event) {
        if (!config.reports()) {
            return;
        }
        Instant now = clock.instant();
        for (ReportingCycle cycle : QuarkusTransaction.requiringNew().call(() -> cycles.list())) {
            if (QuarkusTransaction.requiringNew().call(() -> NationalReport.count("cycleCode", cycle.code)) > 0
                    || cycle.opensAt().isAfter(now)) {
                continue;
            }
            try {
                boolean closed = cycle.hardClose() != null && !cycle.hardClose().isOnTime(now);
                int made = closed ? completed(cycle, 60) : inProgress(cycle, now);
                LOG.infof("Demo data: %d reports in %s", made, cycle.code);
            } catch (RuntimeException e) {
                // demo data must never stop the service from starting
                LOG.warnf(e, "Demo data: the reports of %s could not all be made", cycle.code);
            }
        }
    }

    /** The states in a fixed shuffled order, members first, without the demo focal points' own. */
    private List<String> states(ReportingCycle cycle) {
        List<String> codes = new ArrayList<>(QuarkusTransaction.requiringNew().call(() -> MemberState.<MemberState>list(
                        "status = ?1 order by code", MembershipStatus.MEMBER)
                .stream().map(s -> s.code).filter(c -> !LEFT_TO_FOCAL_POINTS.contains(c)).toList()));
        Collections.shuffle(codes, new Random(cycle.code.hashCode()));
        return codes;
    }

    /** A closed cycle: {@code count} reports received between the opening and the hard close, a third validated. */
    private int completed(ReportingCycle cycle, int count) {
        List<String> states = states(cycle);
        LocalDate first = cycle.openingDate.plusDays(60);
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, cycle.hardCloseDate);
        QuestionnaireDefinition d = catalog.require(cycle.questionnaireVersion).definition();
        for (int i = 0; i < count; i++) {
            String state = states.get(i);
            submit(cycle, state, d, first.plusDays(span * i / count).toString());
            if (i % 3 == 0) {
                reviews.validate(cycle.code, state, "Demo: checked against the report received", REVIEWER);
            }
        }
        return count;
    }

    /** An open cycle: 14 submitted (received over the weeks since it opened), 2 of them returned, 6 drafts. */
    private int inProgress(ReportingCycle cycle, Instant now) {
        List<String> states = states(cycle);
        QuestionnaireDefinition d = catalog.require(cycle.questionnaireVersion).definition();
        Instant opened = cycle.opensAt();
        Duration since = Duration.between(opened, now);
        for (int i = 0; i < 14; i++) {
            Instant received = opened.plus(since.multipliedBy(i + 1).dividedBy(16));
            submit(cycle, states.get(i), d, received.toString());
        }
        for (int i = 0; i < 2; i++) {
            reviews.returnReport(cycle.code, states.get(i), "Demo: please complete the monitoring section",
                    List.of(new QuestionComment(d.questions().toList().get(1).code(), "Which ministry leads this work?")), REVIEWER);
        }
        for (int i = 14; i < 20; i++) {
            reports.save(cycle.code, states.get(i), DemoAnswers.of(d, states.get(i), 0.4), 0, SECRETARIAT);
        }
        return 20;
    }

    private void submit(ReportingCycle cycle, String state, QuestionnaireDefinition d, String receivedAt) {
        var saved = reports.save(cycle.code, state, DemoAnswers.of(d, state, 1.0), 0, SECRETARIAT);
        submissions.submit(cycle.code, state, saved.version(), receivedAt, SECRETARIAT);
    }
}
