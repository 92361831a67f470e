package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.cycle.CycleDtos.DeadlineView;
import org.unesco.oer.cycle.ExtensionService;
import org.unesco.oer.security.Actor;
import org.unesco.oer.security.Roles;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Message;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.platform.Problem;
import org.unesco.oer.platform.WorkMetrics;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireDefinition.Question;
import org.unesco.oer.registry.MemberState;
import org.unesco.oer.report.ReportDtos.ReceiptView;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportDtos.SaveResult;
import org.unesco.oer.report.ReportDtos.ValidationView;
import org.unesco.oer.report.ReportLocator.ReportContext;
import org.unesco.oer.review.ReviewService;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading a report and saving its answers. */
@ApplicationScoped
public class ReportService {

    @Inject
    InstantSource clock;
    @Inject
    ReportLocator locator;
    @Inject
    ExtensionService extensions;
    @Inject
    ReviewService reviews;
    @Inject
    AuditTrail audit;
    @Inject
    EvaluatedReports evaluatedReports;
    @Inject
    WorkMetrics metrics;

    public static AnswerValidator validator() {
        return new AnswerValidator(code -> MemberState.findById(code) != null);
    }

    /**
     * Reads only: it joins a caller's transaction but opens none, so a read costs no BEGIN/COMMIT
     * round trips (a sixth of a report read's CPU, measured). Outside a transaction the session is
     * the request's, read-only, and keeps what it loaded: a page that reads, saves (in its own
     * transaction) and reads again would get the first read's report, so it starts empty.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView view(String cycleCode, String stateCode, String language) {
        if (!QuarkusTransaction.isActive()) {
            NationalReport.getEntityManager().clear();
        }
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = NationalReport.find(ctx.cycleCode(), ctx.stateCode()).orElse(null);
        EvaluatedReports.Evaluated evaluated = evaluatedReports.of(report, ctx.definition());
        Map<String, JsonNode> answers = evaluated.answers();
        ReportEvaluation evaluation = evaluated.evaluation();
        ExtensionService.StateDeadlines deadlines = extensions.deadlinesFor(ctx.cycle(), ctx.stateCode());
        ReportStatus status = ReportLocator.statusOf(report);
        boolean started = status != ReportStatus.NOT_STARTED;
        ReceiptView receipt = started && report.submissionCount > 0 ? evaluatedReports.receipt(report.id, report.submissionCount) : null;
        return new ReportView(ctx.cycleCode(), ctx.stateCode(), ctx.state().name(Languages.FALLBACK), status, report == null ? 0 : report.version,
                ctx.cycle().questionnaireVersion,
                started ? report.startedAt : null, started ? report.lastActivityAt : null,
                started ? report.submittedAt : null, started ? report.submittedLate : null,
                started ? report.validatedAt : null, started ? report.submissionCount : 0,
                DeadlineView.of(deadlines.effective()), deadlines.extended(),
                extensions.closedReason(ctx.cycle(), ctx.stateCode(), clock.instant()).map(m -> m.in(language)).orElse(null),
                evaluation.completionPercent(), answers, evaluation.checks(language), evaluation.hiddenAnswers(),
                started ? reviews.openComments(report.id) : List.of(),
                status == ReportStatus.RETURNED ? reviews.lastReason(report.id) : null, receipt);
    }

    @Transactional
    public ValidationView validation(String cycleCode, String stateCode, String language) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        NationalReport report = NationalReport.find(ctx.cycleCode(), ctx.stateCode()).orElse(null);
        ReportEvaluation evaluation = evaluatedReports.of(report, ctx.definition()).evaluation();
        Optional<Message> closed = extensions.closedReason(ctx.cycle(), ctx.stateCode(), clock.instant());
        List<Problem.Violation> issues = evaluation.blockingIssues().stream().map(i -> i.in(language)).toList();
        boolean submittable = issues.isEmpty() && closed.isEmpty() && ReportLocator.statusOf(report).allowsSubmission();
        return new ValidationView(submittable, evaluation.completionPercent(), issues, evaluation.hiddenAnswers(),
                closed.map(m -> m.in(language)).orElse(null));
    }

    /**
     * Saves answers all-or-nothing. The client says which report version it edited (If-Match); an
     * older version is fine as long as none of the questions written changed since (field-level
     * merge), otherwise nothing is saved and each conflicting question is named. The report row is
     * locked first, so writers of one report are serialised across threads and instances. Values
     * that equal the stored ones change nothing (no new version, never a conflict); null or empty
     * values clear an answer.
     */
    @Transactional
    public SaveResult save(String cycleCode, String stateCode, Map<String, JsonNode> values, Integer ifMatch, Actor actor) {
        ReportContext ctx = locator.context(cycleCode, stateCode);
        if (values.size() == 1) {
            String code = values.keySet().iterator().next();
            ctx.definition().question(code).orElseThrow(() -> new NotFoundException("question", code));
        }
        if (ifMatch == null) {
            throw new PreconditionRequiredException();
        }
        checkValues(ctx, values);
        if (!Roles.SECRETARIAT.equals(actor.role())) {
            extensions.closedReason(ctx.cycle(), ctx.stateCode(), clock.instant()).ifPresent(reason -> {
                throw new SubmissionWindowClosedException(reason);
            });
        }
        NationalReport report = locator.lockOrCreate(ctx);
        ReportStatus before = ReportLocator.statusOf(report);
        if (!before.allowsEditing()) {
            throw new ReportLockedException(before);
        }
        if (ifMatch > report.version) {
            metrics.conflict("save");
            throw StaleReportVersionException.reportChanged(ifMatch, report.version, "save");
        }
        Map<String, Answer> current = new LinkedHashMap<>();
        Answer.<Answer>list("reportId = ?1 and questionCode in ?2", report.id, values.keySet())
                .forEach(a -> current.put(a.questionCode, a));
        Map<String, AnswerClearing> clearings = new LinkedHashMap<>();
        AnswerClearing.<AnswerClearing>list("reportId = ?1 and questionCode in ?2", report.id, values.keySet())
                .forEach(c -> clearings.put(c.questionCode, c));
        if (report.version != ifMatch) {
            Map<String, StaleReportVersionException.Conflict> conflicts = conflicts(values, ifMatch, current, clearings);
            if (!conflicts.isEmpty()) {
                metrics.conflict("save");
                throw StaleReportVersionException.answersChanged(ifMatch, report.version, conflicts);
            }
        }
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        int nextVersion = report.version + 1;
        for (Map.Entry<String, JsonNode> e : ordered(ctx, values)) {
            Answer existing = current.get(e.getKey());
            JsonNode oldValue = existing == null ? null : Json.read(existing.value);
            JsonNode newValue = AnswerValidator.isEmpty(e.getValue()) ? null : e.getValue();
            if (sameValue(oldValue, newValue)) {
                continue;
            }
            AnswerClearing clearing = clearings.get(e.getKey());
            if (newValue == null) {
                existing.delete();
                // The tombstone keeps the clearing's version, time and author for later merges.
                AnswerClearing c = clearing != null ? clearing : new AnswerClearing();
                c.reportId = report.id;
                c.questionCode = e.getKey();
                c.version = nextVersion;
                c.clearedAt = now;
                c.clearedBy = actor.username();
                if (clearing == null) {
                    c.persist();
                }
            } else {
                Answer a = existing != null ? existing : new Answer();
                a.reportId = report.id;
                a.questionCode = e.getKey();
                a.value = Json.write(newValue);
                a.version = nextVersion;
                a.updatedAt = now;
                a.updatedBy = actor.username();
                if (existing == null) {
                    a.persist();
                }
                if (clearing != null) {
                    clearing.delete();
                }
            }
            changed.add(e.getKey());
            entries.add(AuditEntry.of("ANSWER_CHANGED", ctx.cycleCode(), ctx.stateCode()).question(e.getKey())
                    .values(Json.write(oldValue), Json.write(newValue)).detail(onBehalf(actor)));
        }
        if (changed.isEmpty()) {
            return new SaveResult(report.version, before, List.of());
        }
        report.status = before.afterEdit();
        report.touch(now);
        if (before != report.status) {
            entries.add(0, AuditEntry.of("STATUS_CHANGED", ctx.cycleCode(), ctx.stateCode())
                    .values(Json.write(before.code()), Json.write(report.status.code())).detail(onBehalf(actor)));
        }
        audit.append(actor.username(), actor.role(), entries);
        metrics.saved(actor.role());
        return new SaveResult(report.version, ReportLocator.statusOf(report), changed);
    }

    /**
     * The questions written that changed after the client's version, each with its current value
     * (null when cleared) and who changed it when. Writing the value a question already has is
     * never a conflict.
     */
    private static Map<String, StaleReportVersionException.Conflict> conflicts(Map<String, JsonNode> values, int ifMatch,
            Map<String, Answer> current, Map<String, AnswerClearing> clearings) {
        Map<String, StaleReportVersionException.Conflict> conflicts = new LinkedHashMap<>();
        values.keySet().stream().sorted().forEach(code -> {
            JsonNode wanted = AnswerValidator.isEmpty(values.get(code)) ? null : values.get(code);
            Answer a = current.get(code);
            AnswerClearing c = clearings.get(code);
            if (a != null && a.version > ifMatch && !sameValue(Json.read(a.value), wanted)) {
                conflicts.put(code, new StaleReportVersionException.Conflict(Json.read(a.value), a.version, a.updatedBy, a.updatedAt));
            } else if (a == null && c != null && c.version > ifMatch && wanted != null) {
                conflicts.put(code, new StaleReportVersionException.Conflict(null, c.version, c.clearedBy, c.clearedAt));
            }
        });
        return conflicts;
    }

    static String onBehalf(Actor actor) {
        return actor.onBehalf() ? Json.write(Map.of("enteredBySecretariat", true)) : null;
    }

    private static void checkValues(ReportContext ctx, Map<String, JsonNode> values) {
        long questionCount = ctx.definition().questions().count();
        if (values.size() > questionCount) {
            throw new InvalidRequestException("answers", "max-items", Message.of("violation.max-items.answers",
                    values.size(), ctx.definition().version(), questionCount));
        }
        AnswerValidator validator = validator();
        List<Issue> violations = new ArrayList<>();
        values.forEach((code, value) -> {
            Optional<Question> q = ctx.definition().question(code);
            if (q.isEmpty()) {
                violations.add(Issue.of(code, "unknown-question", Message.of("violation.unknown-question", ctx.definition().version())));
            } else if (!AnswerValidator.isEmpty(value)) {
                violations.addAll(validator.issues(q.get(), value));
                // The country question of a state's report can only name that state.
                if (q.get().type() == QuestionType.MEMBER_STATE && value.isTextual()
                        && !value.asText().equalsIgnoreCase(ctx.stateCode())) {
                    violations.add(new Issue(code, q.get().number(), "wrong-state",
                            Message.of("violation.wrong-state", ctx.stateCode())));
                }
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidAnswerException(violations);
        }
    }

    private static List<Map.Entry<String, JsonNode>> ordered(ReportContext ctx, Map<String, JsonNode> values) {
        List<String> order = ctx.definition().questions().map(Question::code).toList();
        return values.entrySet().stream().sorted(Comparator.comparingInt(e -> order.indexOf(e.getKey()))).toList();
    }

    /** JSON equality where 1 and 1.0 are the same number. */
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, b);
    }
}
