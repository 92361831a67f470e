package org.unesco.oer.cycle;

import org.unesco.oer.platform.Message;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.unesco.oer.cycle.CycleDtos.CreateCycleRequest;
import org.unesco.oer.platform.DomainException;
import org.jboss.logging.Logger;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.questionnaire.QuestionnaireCatalog;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CycleService {

    private static final Logger LOG = Logger.getLogger(CycleService.class);

    @Inject
    QuestionnaireCatalog catalog;
    @Inject
    Languages languages;

    /** A cycle whose questionnaire version was never published cannot be served: refuse to start. */
    void onStart(@Observes @Priority(30) StartupEvent event) {
        for (ReportingCycle cycle : ReportingCycle.<ReportingCycle>listAll()) {
            if (catalog.find(cycle.questionnaireVersion).isEmpty()) {
                throw new IllegalStateException("Reporting cycle " + cycle.code + " uses questionnaire version "
                        + cycle.questionnaireVersion + ", which is not published (add its file to questionnaire/index.json)");
            }
            ZoneId.of(cycle.timeZone);
            List<String> missing = languages.supported().stream()
                    .filter(l -> cycle.titles.get(l) == null || cycle.titles.get(l).isBlank()).toList();
            if (!missing.isEmpty()) {
                LOG.warnf("Reporting cycle %s has no title in %s: served in English with titleLanguage=en until "
                        + "terms/<lang>.json gives cycle.%s", cycle.code, missing, cycle.code);
            }
        }
    }

    public List<ReportingCycle> list() {
        return ReportingCycle.byOpening();
    }

    public ReportingCycle require(String code) {
        ReportingCycle cycle = code == null ? null : ReportingCycle.findById(code);
        if (cycle == null) {
            throw new NotFoundException("cycle", code);
        }
        return cycle;
    }

    @Transactional
    public ReportingCycle create(CreateCycleRequest r) {
        if (ReportingCycle.findById(r.code()) != null) {
            throw new CycleCodeTakenException(r.code());
        }
        if (catalog.find(r.questionnaireVersion()).isEmpty()) {
            throw new InvalidRequestException("questionnaireVersion", "unpublished", r.questionnaireVersion());
        }
        try {
            ZoneId.of(r.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", "time-zone", r.timeZone());
        }
        if (r.deadline().isBefore(r.opensOn())) {
            throw new InvalidRequestException("deadline", "order", Message.of("violation.order.not-before", "opensOn"));
        }
        if (r.hardClose() != null && r.hardClose().isBefore(r.deadline())) {
            throw new InvalidRequestException("hardClose", "order", Message.of("violation.order.not-before-deadline"));
        }
        if (r.analysisCutoff() != null && r.analysisCutoff().isBefore(r.deadline())) {
            throw new InvalidRequestException("analysisCutoff", "order", Message.of("violation.order.not-before-deadline"));
        }
        if (r.dispatchDate() != null && r.dispatchDate().isAfter(r.opensOn())) {
            throw new InvalidRequestException("dispatchDate", "order", Message.of("violation.order.not-after", "opensOn"));
        }
        ReportingCycle c = new ReportingCycle();
        c.code = r.code();
        c.titles = titles(r.allTitles());
        c.circularLetter = r.circularLetter();
        c.dispatchDate = r.dispatchDate();
        c.openingDate = r.opensOn();
        c.deadlineDate = r.deadline();
        c.timeZone = ZoneId.of(r.timeZone()).getId();
        c.hardCloseDate = r.hardClose();
        c.analysisCutoffDate = r.analysisCutoff();
        c.questionnaireVersion = r.questionnaireVersion();
        c.persist();
        return c;
    }

    /** A title in every configured language and in no other, in the configured order. */
    private Map<String, String> titles(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (key == null || !languages.isSupported(key)) {
                throw new InvalidRequestException("titles." + key, "unsupported-title-language", String.join(", ", languages.supported()));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : languages.supported()) {
            String title = given.get(language);
            if (title == null || title.isBlank()) {
                throw new InvalidRequestException("titles." + language, "title-every-language", String.join(", ", languages.supported()));
            }
            titles.put(language, title.strip());
        }
        return titles;
    }

    /** Cycle codes appear in URLs and reports: one code, one cycle, forever. */
    public static class CycleCodeTakenException extends DomainException {
        CycleCodeTakenException(String code) {
            super(409, "cycle-code-taken", Message.of("detail.cycle-code-taken", code));
        }
    }
}
