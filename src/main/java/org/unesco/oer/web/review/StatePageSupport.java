package org.unesco.oer.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.unesco.oer.audit.AuditHistory;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedSection;
import org.unesco.oer.report.ReportDtos.HistoryPage;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportService;
import org.unesco.oer.report.ReportStatus;
import org.unesco.oer.security.Roles;
import org.unesco.oer.web.Msg;
import org.unesco.oer.web.Page;
import org.unesco.oer.web.ReportPageModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the state and review pages share: the report in the page's language, answers and history as text. */
@RequestScoped
public class StatePageSupport {

    static final int HISTORY_PAGE = 20;

    @Inject
    Page page;
    @Inject
    ReportPageModel model;
    @Inject
    ReportService reports;
    @Inject
    CycleService cycles;
    @Inject
    AuditHistory audit;

    /** One question of the report, read-only: its printed number, label and answer in words. */
    public record Answered(String code, String number, String label, String text) {
    }

    /** A section of the report with the questions it asks (hidden ones left out). */
    public record AnsweredSection(String code, String title, List<Answered> questions) {
    }

    /** One row of the history, with values as the reader understands them. */
    public record HistoryRow(String at, String who, String action, String number, String before, String after) {
    }

    public record History(List<HistoryRow> rows, int page, boolean more, long total) {

        public int newer() {
            return page - 1;
        }

        public int older() {
            return page + 1;
        }
    }

    public Rev rev() {
        return "en".equals(page.lang()) ? MessageBundles.get(Rev.class) : MessageBundles.get(Rev.class, Localized.Literal.of(page.lang()));
    }

    public ReportView report(String cycle, String state) {
        return reports.view(cycle, state, page.lang());
    }

    public ReportingCycle cycle(String code) {
        return cycles.require(code);
    }

    public LocalizedQuestionnaire questionnaire(ReportView report) {
        return model.questionnaire(report.questionnaireVersion(), page.lang());
    }

    public String stateName(ReportView report) {
        return model.stateName(report.state(), page.lang());
    }

    public static String zone(ReportView report) {
        return report.deadline() == null ? null : report.deadline().timeZone();
    }

    /** The report section by section, as "check your answers" shows it. */
    public List<AnsweredSection> sections(ReportView report) {
        LocalizedQuestionnaire q = questionnaire(report);
        List<AnsweredSection> sections = new ArrayList<>();
        for (LocalizedSection s : q.sections()) {
            List<Answered> questions = new ArrayList<>();
            for (LocalizedQuestion question : s.questions()) {
                var check = report.questions().get(question.code());
                if (check != null && check.state() == org.unesco.oer.report.ReportEvaluation.QuestionState.HIDDEN) {
                    continue;
                }
                questions.add(new Answered(question.code(), question.number(), question.label(),
                        model.answerText(q, question, report.answers().get(question.code()), page.lang())));
            }
            sections.add(new AnsweredSection(s.code(), s.title(), questions));
        }
        return sections;
    }

    public LocalizedQuestion question(LocalizedQuestionnaire q, String code) {
        LocalizedSection s = model.sectionOf(q, code);
        return s.questions().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    public String answerText(LocalizedQuestionnaire q, LocalizedQuestion question, JsonNode value) {
        return model.answerText(q, question, value, page.lang());
    }

    /** The report's audit records (and the state's own), newest first, one page. */
    public History history(ReportView report, int number) {
        LocalizedQuestionnaire q = questionnaire(report);
        Map<String, LocalizedQuestion> questions = new HashMap<>();
        q.sections().forEach(s -> s.questions().forEach(x -> questions.put(x.code(), x)));
        HistoryPage history = audit.forReport(report.cycle(), report.state(), number, HISTORY_PAGE);
        String zone = zone(report);
        Msg msg = page.messages();
        List<HistoryRow> rows = history.entries().stream().map(e -> {
            LocalizedQuestion question = e.question() == null ? null : questions.get(e.question());
            String who = Roles.SECRETARIAT.equals(e.role()) && question != null && "ANSWER_CHANGED".equals(e.action())
                    ? msg.bySecretariat(e.actor()) : e.actor();
            return new HistoryRow(page.dateTime(e.at(), zone), who, action(e.action()),
                    question == null ? null : question.number(), text(q, question, e.oldValue()), text(q, question, e.newValue()));
        }).toList();
        boolean more = (long) (number + 1) * HISTORY_PAGE < history.total();
        return new History(rows, number, more, history.total());
    }

    /** An audit action in words. */
    public String action(String action) {
        Msg msg = page.messages();
        Rev rev = rev();
        return switch (action) {
            case "ANSWER_CHANGED" -> msg.action_ANSWER_CHANGED();
            case "COMMENT_ADDED" -> msg.action_COMMENT_ADDED();
            case "COMMENT_REPLIED" -> msg.action_COMMENT_REPLIED();
            case "CONTACTS_CHANGED" -> msg.action_CONTACTS_CHANGED();
            case "CONTACT_RECORDED" -> msg.action_CONTACT_RECORDED();
            case "DESIGNATION_ENDED" -> msg.action_DESIGNATION_ENDED();
            case "DESIGNATION_STARTED" -> msg.action_DESIGNATION_STARTED();
            case "EXTENSION_GRANTED" -> msg.action_EXTENSION_GRANTED();
            case "REGION_CHANGED" -> msg.action_REGION_CHANGED();
            case "REMINDER_SENT" -> msg.action_REMINDER_SENT();
            case "REPORT_REOPENED" -> msg.action_REPORT_REOPENED();
            case "REPORT_RETURNED" -> msg.action_REPORT_RETURNED();
            case "REPORT_SUBMITTED" -> msg.action_REPORT_SUBMITTED();
            case "REPORT_VALIDATED" -> msg.action_REPORT_VALIDATED();
            case "STATUS_CHANGED" -> msg.action_STATUS_CHANGED();
            case "DOCUMENT_ATTACHED" -> rev.action_DOCUMENT_ATTACHED();
            case "ON_TIME_FLAG_CHANGED", "ON_TIME_FLAGS_CHANGED" -> rev.action_ON_TIME_FLAG_CHANGED();
            default -> rev.action_other();
        };
    }

    private String text(LocalizedQuestionnaire q, LocalizedQuestion question, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (question != null) {
            return model.answerText(q, question, value, page.lang());
        }
        if (value.isTextual()) {
            for (ReportStatus status : ReportStatus.values()) {
                if (status.code().equals(value.asText())) {
                    return page.statusLabel(status);
                }
            }
            return value.asText();
        }
        // a record (a designation, contacts): the person it names, not its JSON
        return value.path("name").asText(value.path("username").asText(""));
    }

    /** A contact log word (kind, channel, level) in the page's language; the code itself when unknown. */
    public String logWord(String group, String code) {
        Rev rev = rev();
        if (code == null) {
            return "";
        }
        return switch (group + ":" + code.toLowerCase()) {
            case "kind:reminder" -> rev.kind_reminder();
            case "kind:manual" -> rev.kind_manual();
            case "channel:email" -> rev.channel_email();
            case "channel:phone" -> rev.channel_phone();
            case "channel:letter" -> rev.channel_letter();
            case "channel:meeting" -> rev.channel_meeting();
            case "channel:other" -> rev.channel_other();
            case "level:focal_point" -> rev.level_focal_point();
            case "level:national_commission" -> rev.level_national_commission();
            case "level:permanent_delegation" -> rev.level_permanent_delegation();
            default -> code;
        };
    }
}
