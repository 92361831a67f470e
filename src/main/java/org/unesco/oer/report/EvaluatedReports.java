package org.unesco.oer.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.unesco.oer.platform.LeastRecentlyUsed;
import org.unesco.oer.questionnaire.QuestionnaireDefinition;

import java.util.Map;

/**
 * A report's answers and their evaluation (skip logic, validation, completion), computed once per
 * report version. A version never changes once written and every change to answers makes a new
 * one, so an entry is never stale, on any replica: a reader reads the version from PostgreSQL and
 * either finds that version here or loads and evaluates it. Least recently used entries go first.
 */
@ApplicationScoped
public class EvaluatedReports {

    @ConfigMapping(prefix = "oer.report-cache")
    public interface Config {
        /** Report versions kept evaluated (one per state being worked on is enough); 0 turns the cache off. */
        @WithDefault("256")
        int size();
    }

    /** The answers (read-only) and their evaluation, of one version. */
    public record Evaluated(WrittenOnceMap<JsonNode> answers, ReportEvaluation evaluation) {
    }

    private final Map<String, Evaluated> entries;
    private final Map<String, ReportDtos.ReceiptView> receipts;
    private final int size;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    public EvaluatedReports(Config config) {
        this.size = config.size();
        this.entries = LeastRecentlyUsed.map(size);
        this.receipts = LeastRecentlyUsed.map(size);
    }

    /**
     * The receipt of a report's submission {@code number}. A submission row is written once and
     * never changed, so its receipt is kept like an evaluated version (once its transaction commits).
     */
    public ReportDtos.ReceiptView receipt(Long reportId, int number) {
        String key = reportId + "#" + number;
        ReportDtos.ReceiptView cached = receipts.get(key);
        if (cached != null) {
            return cached;
        }
        ReportDtos.ReceiptView fresh = Submission.byNumber(reportId, number).map(ReportDtos.ReceiptView::of).orElse(null);
        if (fresh != null && size > 0) {
            rememberOnCommit(receipts, key, fresh);
        }
        return fresh;
    }

    /** The report as of its current version (no report: nothing answered). */
    public Evaluated of(NationalReport report, QuestionnaireDefinition definition) {
        if (report == null || report.id == null) {
            return evaluate(null, definition);
        }
        // the questionnaire version is part of the key: a cycle's version is fixed, but be safe
        String key = report.id + "@" + report.version + "/" + definition.version();
        Evaluated cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Evaluated fresh = evaluate(report, definition);
        if (size > 0) {
            rememberOnCommit(entries, key, fresh);
        }
        return fresh;
    }

    /**
     * Kept only once the transaction that read it commits: a transaction that wrote this version
     * and then rolls back must not leave it behind (the next commit reuses the version number).
     */
    private <V> void rememberOnCommit(Map<String, V> entries, String key, V fresh) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            entries.put(key, fresh);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    entries.put(key, fresh);
                }
            }
        });
    }

    private static Evaluated evaluate(NationalReport report, QuestionnaireDefinition definition) {
        WrittenOnceMap<JsonNode> answers = WrittenOnceMap.ofAnswers(ReportLocator.answersOf(report));
        return new Evaluated(answers, new ReportEvaluation(definition, answers, ReportService.validator()));
    }
}
