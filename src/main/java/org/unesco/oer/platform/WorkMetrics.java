package org.unesco.oer.platform;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the service's work is, as Micrometer meters (Prometheus on the management port, /q/metrics):
 * saves, stale-version conflicts, submissions on time or late, returns, validations, reminders and
 * exports. Each service calls one method; a change is counted only once its transaction commits,
 * so a rolled-back save is never counted. Tags are low-cardinality on purpose (a role, a kind, a
 * stage; never a state or a cycle code).
 */
@ApplicationScoped
public class WorkMetrics {

    public static final String SAVES = "oer.reports.saves";
    public static final String CONFLICTS = "oer.reports.conflicts";
    public static final String CYCLE_CONFLICTS = "oer.cycles.conflicts";
    public static final String SUBMISSIONS = "oer.reports.submissions";
    public static final String RETURNS = "oer.reports.returns";
    public static final String VALIDATIONS = "oer.reports.validations";
    public static final String REMINDERS = "oer.reminders.sent";
    public static final String EXPORT_DURATION = "oer.exports.duration";
    public static final String EXPORT_SIZE = "oer.exports.size";

    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** A save that stored a new report version, by the role it was made in (focal-point, secretariat). */
    public void saved(String role) {
        afterCommit(() -> registry.counter(SAVES, "role", role).increment());
    }

    /**
     * A 409 on a stale report version ({@code operation}: save or submit). Counted at once: the
     * transaction that found it rolls back, and the conflict happened all the same.
     */
    public void conflict(String operation) {
        registry.counter(CONFLICTS, "operation", operation).increment();
    }

    /** A 409 on a stale cycle version (an administrator's edit). */
    public void cycleConflict() {
        registry.counter(CYCLE_CONFLICTS).increment();
    }

    public void submitted(String role, boolean late) {
        afterCommit(() -> registry.counter(SUBMISSIONS, "timeliness", late ? "late" : "on_time", "role", role).increment());
    }

    public void returned() {
        afterCommit(() -> registry.counter(RETURNS).increment());
    }

    public void validated() {
        afterCommit(() -> registry.counter(VALIDATIONS).increment());
    }

    /** A reminder mailed for a stage (not_started, draft_due, returned, late). */
    public void reminderSent(String stage) {
        afterCommit(() -> registry.counter(REMINDERS, "stage", stage).increment());
    }

    /** Writes an export into {@code out}, timing it and counting its bytes ({@code kind}: synthesis, national_workbook, csv). */
    public <T> T export(String kind, OutputStream out, ExportWriter<T> writer) throws IOException {
        CountingStream counted = new CountingStream(out);
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            T result = writer.write(counted);
            counted.flush();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder(EXPORT_DURATION).description("Time to write an export into the response")
                    .tags("kind", kind, "outcome", outcome).register(registry));
            // a download cut short (client gone) says nothing about export sizes
            if ("success".equals(outcome)) {
                DistributionSummary.builder(EXPORT_SIZE).baseUnit("bytes").description("Size of an export as written")
                        .tags("kind", kind).register(registry).record(counted.count);
            }
        }
    }

    /** What an export writes; returns whatever the writer returns (or null). */
    @FunctionalInterface
    public interface ExportWriter<T> {
        T write(OutputStream out) throws IOException;
    }

    /** Runs when the current transaction commits; at once when there is none. */
    private void afterCommit(Runnable count) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            count.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }

    /** Counts bytes on their way to the response, without buffering them. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
