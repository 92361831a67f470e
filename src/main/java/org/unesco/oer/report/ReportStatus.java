package org.unesco.oer.report;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The workflow of a national report. Each state says what it allows; every rule of the workflow
 * lives here.
 * <pre>
 * NOT_STARTED → DRAFT → SUBMITTED → RETURNED → DRAFT → SUBMITTED … → VALIDATED → (reopen) RETURNED
 * </pre>
 * The window (opening, deadline, hard close, extensions) applies to one moment: when the report
 * reached UNESCO. For a focal point that is now, so they edit and submit only while the window is
 * open. For the Secretariat entering a report on the state's behalf it is the date the report was
 * received: it may edit in any editable status at any time (it types in what the state sent), and
 * a submission is accepted when its received date lies in the window (see SubmissionService).
 */
public enum ReportStatus {
    /** Nothing saved yet: answering starts the draft. */
    NOT_STARTED(true, true, false, false),
    /** Being filled by the focal point (or the Secretariat on their behalf). */
    DRAFT(true, true, false, false),
    /** Waiting for the Secretariat's review: locked. */
    SUBMITTED(false, false, true, false),
    /** Sent back with a reason and comments: editable, can be resubmitted. */
    RETURNED(true, true, false, false),
    /** Accepted by the Secretariat: locked until reopened. */
    VALIDATED(false, false, false, true);

    private final boolean editable;
    private final boolean submittable;
    private final boolean reviewable;
    private final boolean reopenable;

    ReportStatus(boolean editable, boolean submittable, boolean reviewable, boolean reopenable) {
        this.editable = editable;
        this.submittable = submittable;
        this.reviewable = reviewable;
        this.reopenable = reopenable;
    }

    public boolean allowsEditing() {
        return editable;
    }

    public boolean allowsSubmission() {
        return submittable;
    }

    /** The Secretariat may return or validate it. */
    public boolean allowsReview() {
        return reviewable;
    }

    public boolean allowsReopening() {
        return reopenable;
    }

    /** The status after an answer changes. */
    public ReportStatus afterEdit() {
        if (!editable) {
            throw new ReportLockedException(this);
        }
        return DRAFT;
    }

    public ReportStatus afterSubmission() {
        if (!submittable) {
            throw new TransitionNotAllowedException(this, "submit");
        }
        return SUBMITTED;
    }

    public ReportStatus afterReturn() {
        if (!reviewable) {
            throw new TransitionNotAllowedException(this, "return");
        }
        return RETURNED;
    }

    public ReportStatus afterValidation() {
        if (!reviewable) {
            throw new TransitionNotAllowedException(this, "validate");
        }
        return VALIDATED;
    }

    public ReportStatus afterReopening() {
        if (!reopenable) {
            throw new TransitionNotAllowedException(this, "reopen");
        }
        return RETURNED;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
