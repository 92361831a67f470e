package org.unesco.oer.monitoring;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** The reminder letter in English, French and Arabic; the deadline is named in its own time zone. */
final class ReminderTemplates {

    record Message(String subject, String body) {
    }

    private static final Map<String, String[]> TEXTS = Map.of(
            "en", new String[]{
                    "Reminder: national report on the 2019 Recommendation on OER (%s)",
                    """
                    Dear colleague,

                    This is a reminder from the Secretariat about the national report of %s on the implementation of \
                    the 2019 UNESCO Recommendation on Open Educational Resources (%s).

                    Current status of the report: %s.
                    The report is due by the end of %s (%s time zone).

                    %s
                    With thanks for your cooperation,
                    The Secretariat
                    """},
            "fr", new String[]{
                    "Rappel : rapport national sur la Recommandation de 2019 sur les REL (%s)",
                    """
                    Madame, Monsieur,

                    Le Secrétariat vous rappelle le rapport national de %s sur la mise en œuvre de la Recommandation \
                    de l'UNESCO de 2019 sur les ressources éducatives libres (%s).

                    État actuel du rapport : %s.
                    Le rapport est attendu au plus tard à la fin du %s (fuseau horaire %s).

                    %s
                    Avec nos remerciements pour votre coopération,
                    Le Secrétariat
                    """},
            "ar", new String[]{
                    "تذكير: التقرير الوطني بشأن توصية عام 2019 الخاصة بالموارد التعليمية المفتوحة (%s)",
                    """
                    الزملاء الأعزاء،

                    تذكّركم الأمانة بالتقرير الوطني لـ %s بشأن تنفيذ توصية اليونسكو لعام 2019 الخاصة بالموارد التعليمية المفتوحة (%s).

                    الحالة الراهنة للتقرير: %s.
                    يُرجى تقديم التقرير قبل نهاية يوم %s (حسب المنطقة الزمنية %s).

                    %s
                    مع الشكر على تعاونكم،
                    الأمانة
                    """});

    private static final Map<String, Map<String, String>> STATUS = Map.of(
            "en", Map.of("not_started", "not started", "draft", "draft, not yet submitted", "returned", "returned for revision"),
            "fr", Map.of("not_started", "non commencé", "draft", "brouillon, pas encore soumis", "returned", "renvoyé pour révision"),
            "ar", Map.of("not_started", "لم يبدأ بعد", "draft", "مسودة لم تُقدَّم بعد", "returned", "أُعيد للمراجعة"));

    private ReminderTemplates() {
    }

    static Message render(String language, String stateName, String cycleCode, String status, ZonedDateTime deadlineEnd,
                          String note) {
        String lang = TEXTS.containsKey(language) ? language : "en";
        String[] text = TEXTS.get(lang);
        // The last day is the day before the instant the deadline ends, in the deadline's zone.
        String lastDay = deadlineEnd.minusNanos(1).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
        String statusText = STATUS.get(lang).getOrDefault(status, status);
        return new Message(text[0].formatted(cycleCode),
                text[1].formatted(stateName, cycleCode, statusText, lastDay, deadlineEnd.getZone().getId(),
                        note == null || note.isBlank() ? "" : note.strip() + "\n"));
    }
}
