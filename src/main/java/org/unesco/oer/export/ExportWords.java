package org.unesco.oer.export;

import java.util.List;
import java.util.Map;

/** The fixed words of the national report workbook, in the system's three languages. */
final class ExportWords {

    /** The languages the workbooks have words for (issue 12 §4 brings them to every configured language). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            // key -> {en, fr, ar}
            Map.entry("sheet", new String[]{"Report", "Rapport", "التقرير"}),
            Map.entry("cycle", new String[]{"Cycle", "Cycle", "الدورة"}),
            Map.entry("state", new String[]{"Member State", "État membre", "الدولة العضو"}),
            Map.entry("status", new String[]{"Status", "Statut", "الحالة"}),
            Map.entry("questionnaire", new String[]{"Questionnaire version", "Version du questionnaire", "إصدار الاستبيان"}),
            Map.entry("submitted", new String[]{"Last submitted", "Dernière soumission", "آخر تقديم"}),
            Map.entry("late", new String[]{"Submitted late", "Soumis en retard", "قُدّم متأخرًا"}),
            Map.entry("submissions", new String[]{"Submissions", "Soumissions", "عدد مرات التقديم"}),
            Map.entry("receipt", new String[]{"Receipt (SHA-256)", "Accusé de réception (SHA-256)", "إيصال الاستلام (SHA-256)"}),
            Map.entry("validated", new String[]{"Validated", "Validé", "تاريخ الاعتماد"}),
            Map.entry("exported", new String[]{"Exported at", "Exporté le", "تاريخ التصدير"}),
            Map.entry("timeZone", new String[]{"Time zone", "Fuseau horaire", "المنطقة الزمنية"}),
            Map.entry("number", new String[]{"No.", "N°", "الرقم"}),
            Map.entry("question", new String[]{"Question", "Question", "السؤال"}),
            Map.entry("answer", new String[]{"Answer", "Réponse", "الإجابة"}),
            Map.entry("continued", new String[]{"(continued)", "(suite)", "(تابع)"}),
            Map.entry("yes", new String[]{"yes", "oui", "نعم"}),
            Map.entry("no", new String[]{"no", "non", "لا"}),
            Map.entry("not_started", new String[]{"not started", "non commencé", "لم يبدأ"}),
            Map.entry("draft", new String[]{"draft", "brouillon", "مسودة"}),
            Map.entry("submitted_status", new String[]{"submitted", "soumis", "مُقدَّم"}),
            Map.entry("returned", new String[]{"returned for revision", "renvoyé pour révision", "أُعيد للمراجعة"}),
            Map.entry("validated_status", new String[]{"validated", "validé", "معتمد"}));

    private ExportWords() {
    }

    static String word(String key, String lang) {
        String[] w = WORDS.get(key);
        return switch (lang) {
            case "fr" -> w[1];
            case "ar" -> w[2];
            default -> w[0];
        };
    }

    static String status(String code, String lang) {
        return word(switch (code) {
            case "submitted" -> "submitted_status";
            case "validated" -> "validated_status";
            default -> code;
        }, lang);
    }
}
