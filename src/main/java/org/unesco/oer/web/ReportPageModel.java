package org.unesco.oer.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedOption;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedQuestion;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedSection;
import org.unesco.oer.questionnaire.QuestionType;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;
import org.unesco.oer.registry.MemberStateService;
import org.unesco.oer.report.ReportDtos.CommentView;
import org.unesco.oer.report.ReportDtos.ReportView;
import org.unesco.oer.report.ReportEvaluation.QuestionCheck;
import org.unesco.oer.report.ReportEvaluation.QuestionState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds what the report pages show from the report services' views, in the page's language. */
@ApplicationScoped
public class ReportPageModel {

    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    MemberStateService states;

    private final Map<String, LocalizedQuestionnaire> localized = new ConcurrentHashMap<>();
    private final Map<String, List<LocalizedOption>> stateOptions = new ConcurrentHashMap<>();

    /** A section in the section list: its completion among the questions it asks. */
    public record SectionLink(String code, String title, int answered, int asked, boolean blocking, boolean current) {

        public int percent() {
            return asked == 0 ? 100 : answered * 100 / asked;
        }
    }

    /** What the user typed for a question and could not be saved, or a conflict to show. */
    public record Pending(FormValue shown, List<String> errors, QuestionView.Conflict conflict, String saved) {
    }

    public LocalizedQuestionnaire questionnaire(String version, String lang) {
        return localized.computeIfAbsent(version + "/" + lang, k -> LocalizedQuestionnaire.of(catalog.require(version), lang));
    }

    public List<LocalizedOption> stateOptions(String lang) {
        return stateOptions.computeIfAbsent(lang, l -> states.list(null, null, l).stream()
                .map(s -> new LocalizedOption(s.code(), s.name()))
                .sorted(java.util.Comparator.comparing(LocalizedOption::label, java.text.Collator.getInstance(java.util.Locale.forLanguageTag(l))))
                .toList());
    }

    public String stateName(String code, String lang) {
        return stateOptions(lang).stream().filter(o -> o.code().equals(code)).map(LocalizedOption::label).findFirst().orElse(code);
    }

    public List<SectionLink> sections(LocalizedQuestionnaire q, ReportView report, String current) {
        List<SectionLink> links = new ArrayList<>();
        for (LocalizedSection s : q.sections()) {
            int asked = 0;
            int answered = 0;
            boolean blocking = false;
            for (LocalizedQuestion question : s.questions()) {
                QuestionCheck check = report.questions().get(question.code());
                QuestionState state = check == null ? QuestionState.UNANSWERED : check.state();
                if (state == QuestionState.HIDDEN) {
                    continue;
                }
                asked++;
                if (state == QuestionState.ANSWERED) {
                    answered++;
                }
                blocking |= state == QuestionState.MISSING || state == QuestionState.INVALID;
            }
            links.add(new SectionLink(s.code(), s.title(), answered, asked, blocking, s.code().equals(current)));
        }
        return links;
    }

    public QuestionView question(LocalizedQuestion q, ReportView report, String lang, Pending pending) {
        JsonNode stored = report.answers().get(q.code());
        QuestionCheck check = report.questions().get(q.code());
        QuestionState state = check == null ? QuestionState.UNANSWERED : check.state();
        boolean hidden = state == QuestionState.HIDDEN;
        List<String> errors = new ArrayList<>();
        if (pending != null && pending.errors() != null) {
            errors.addAll(pending.errors());
        } else if (check != null && check.errors() != null && state == QuestionState.INVALID) {
            errors.addAll(check.errors());
        }
        List<CommentView> comments = report.openComments().stream().filter(c -> q.code().equals(c.question())).toList();
        FormValue value = pending != null && pending.shown() != null ? pending.shown() : FormCodec.toForm(q, stored);
        return new QuestionView(q, value, state.code(), errors, hidden, hidden && stored != null,
                pending == null ? null : pending.conflict(), comments, report.version(), fingerprint(q, stored),
                pending == null ? null : pending.saved(),
                q.type() == QuestionType.MEMBER_STATE ? stateOptions(lang) : List.of());
    }

    /** What the form showed for a stored value, so that a post can tell a changed answer from an untouched one. */
    public static String fingerprint(LocalizedQuestion q, JsonNode value) {
        return org.unesco.oer.platform.Sha256.hex(FormCodec.toForm(q, value).toString()).substring(0, 16);
    }

    public List<QuestionView> questions(LocalizedSection s, ReportView report, String lang, Map<String, Pending> pending) {
        List<QuestionView> views = new ArrayList<>();
        for (LocalizedQuestion q : s.questions()) {
            views.add(question(q, report, lang, pending.get(q.code())));
        }
        return views;
    }

    /** The questions whose visibility depends on this one (skip logic), for a live update after a save. */
    public List<LocalizedQuestion> dependents(LocalizedQuestionnaire questionnaire, String code) {
        List<LocalizedQuestion> found = new ArrayList<>();
        for (LocalizedSection s : questionnaire.sections()) {
            for (LocalizedQuestion q : s.questions()) {
                if (q.relevance() != null && code.equals(q.relevance().question())) {
                    found.add(q);
                }
            }
        }
        return found;
    }

    public LocalizedSection section(LocalizedQuestionnaire q, String code) {
        return q.sections().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new org.unesco.oer.platform.NotFoundException("Section", code));
    }

    public LocalizedSection sectionOf(LocalizedQuestionnaire q, String questionCode) {
        return q.sections().stream().filter(s -> s.questions().stream().anyMatch(x -> x.code().equals(questionCode)))
                .findFirst().orElseThrow(() -> new org.unesco.oer.platform.NotFoundException("Question", questionCode));
    }

    public String answerText(LocalizedQuestionnaire questionnaire, LocalizedQuestion q, JsonNode value, String lang) {
        return AnswerText.of(q, value, questionnaire.components(), code -> stateName(code, lang));
    }

    /** Every question of the report with its answer as text, section by section, for "check your answers". */
    public Map<LocalizedSection, List<QuestionView>> all(LocalizedQuestionnaire q, ReportView report, String lang) {
        Map<LocalizedSection, List<QuestionView>> all = new LinkedHashMap<>();
        for (LocalizedSection s : q.sections()) {
            all.put(s, questions(s, report, lang, Map.of()));
        }
        return all;
    }
}
