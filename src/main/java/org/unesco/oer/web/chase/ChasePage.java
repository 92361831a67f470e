package org.unesco.oer.web.chase;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.unesco.oer.cycle.CycleService;
import org.unesco.oer.cycle.ReportingCycle;
import org.unesco.oer.platform.DomainException;
import org.unesco.oer.platform.Issue;
import org.unesco.oer.platform.Messages;
import org.unesco.oer.questionnaire.LocalizedQuestionnaire.LocalizedOption;
import org.unesco.oer.web.Page;
import org.unesco.oer.web.ReportPageModel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What the Secretariat's chasing pages share: their words, the states, errors as summary rows. */
@RequestScoped
@jakarta.inject.Named("chasePage")
public class ChasePage {

    @Inject
    Page page;
    @Inject
    ReportPageModel model;
    @Inject
    CycleService cycles;

    /** One line of an error summary: the field it links to and what is wrong, in the page's language. */
    public record Problem(String field, String text) {
    }

    /** The messages about one field (a box of its own, or {@code prefix*} for a group), for beside it. */
    public static String errorOf(List<Problem> problems, String field) {
        String text = problems.stream().filter(p -> field.endsWith("*") ? p.field().startsWith(field.substring(0, field.length() - 1))
                : p.field().equals(field)).map(Problem::text).collect(java.util.stream.Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    public Chase words() {
        return words(page.lang());
    }

    static Chase words(String lang) {
        return "en".equals(lang) ? MessageBundles.get(Chase.class) : MessageBundles.get(Chase.class, Localized.Literal.of(lang));
    }

    public ReportingCycle cycle(String code) {
        return cycles.require(code);
    }

    public List<LocalizedOption> states() {
        return model.stateOptions(page.lang());
    }

    public String stateName(String code) {
        return model.stateName(code, page.lang());
    }

    /** The service's own message for an issue, in the page's language. */
    public String text(Issue issue) {
        return Messages.format(page.lang(), issue.message());
    }

    public String detail(DomainException e) {
        return e.toProblem(page.lang()).detail();
    }

    /** A day typed in a date field, or null when it is empty or not a day (the caller names the field). */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
