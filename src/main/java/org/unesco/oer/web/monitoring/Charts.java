package org.unesco.oer.web.monitoring;

import io.quarkus.qute.RawString;
import org.unesco.oer.monitoring.ReportingRates.DailyCount;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Small charts drawn on the server as SVG: an image with its title and description for assistive
 * technologies, every value also written as text (never colour alone), and always beside the table
 * that has the same numbers.
 */
final class Charts {

    private static final String INK = "#212529";
    private static final String BAR = "#0b5ed7";
    private static final String GRID = "#adb5bd";

    private Charts() {
    }

    /** Horizontal bars of the response rate, one per region and one for all of them, on a 0–100 % scale. */
    static RawString rates(String title, String desc, List<String> names, List<Double> rates, String overallName,
                           double overall, Function<Double, String> percent) {
        int width = 640;
        int left = 20;
        int plot = 520;
        int row = 46;
        int top = 24;
        int count = names.size() + 1;
        int height = top + count * row + 8;
        StringBuilder s = open("oer-chart-rates", width, height, title, desc);
        for (int p = 0; p <= 100; p += 25) {
            double x = left + plot * p / 100.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1\"/>",
                    x, top - 4, x, height - 8, GRID));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                    x, top - 8, INK, esc(percent.apply((double) p))));
        }
        for (int i = 0; i < count; i++) {
            boolean all = i == names.size();
            String name = all ? overallName : names.get(i);
            double rate = all ? overall : rates.get(i);
            int y = top + i * row;
            double w = Math.max(0, Math.min(100, rate)) * plot / 100.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"%s\"%s>%s</text>",
                    left, y + 16, INK, all ? " font-weight=\"700\"" : "", esc(name)));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"%s/>",
                    left, y + 22, w, BAR, all ? " stroke=\"" + INK + "\" stroke-width=\"2\"" : ""));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" fill=\"%s\">%s</text>",
                    left + w + 6, y + 35, INK, esc(percent.apply(rate))));
        }
        return close(s);
    }

    /**
     * The cumulative submissions, a step per day, with the deadline as a solid vertical line and the
     * extended deadlines as dashed ones, each named in text.
     */
    static RawString curve(String title, String desc, List<DailyCount> days, LocalDate deadline, String deadlineLabel,
                           Collection<LocalDate> extensions, String extensionLabel, Function<LocalDate, String> dayText) {
        int width = 640;
        int height = 280;
        int left = 44;
        int right = 16;
        int top = 28;
        int bottom = 40;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        int max = Math.max(1, days.get(days.size() - 1).cumulative());
        int ceiling = nice(max);
        int n = days.size();
        LocalDate first = days.get(0).day();
        Function<LocalDate, Double> xOf = day -> n == 1 ? left + plotW / 2.0
                : left + plotW * (double) java.time.temporal.ChronoUnit.DAYS.between(first, day) / (n - 1);
        Function<Integer, Double> yOf = v -> top + plotH - plotH * (double) v / ceiling;
        StringBuilder s = open("oer-chart-curve", width, height, title, desc);
        for (int k = 0; k <= 2; k++) {
            int v = ceiling * k / 2;
            double y = yOf.apply(v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>", left, y, width - right, y, GRID));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\">%d</text>", left - 6, y + 4, INK, v));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>", left, height - 12, INK, esc(dayText.apply(first))));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\">%s</text>",
                width - right, height - 12, INK, esc(dayText.apply(days.get(n - 1).day()))));
        LocalDate last = days.get(n - 1).day();
        boolean labelled = false;
        for (LocalDate e : extensions) {
            if (!e.isBefore(first) && !e.isAfter(last) && !e.equals(deadline)) {
                double x = xOf.apply(e);
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
                        x, top, x, top + plotH, INK));
                if (!labelled) {
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                            x, height - 26, INK, esc(extensionLabel)));
                    labelled = true;
                }
            }
        }
        if (!deadline.isBefore(first) && !deadline.isAfter(last)) {
            double x = xOf.apply(deadline);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>",
                    x, top - 6, x, top + plotH, INK));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                    x, top - 10, INK, esc(deadlineLabel)));
        }
        StringBuilder points = new StringBuilder();
        Double previousY = null;
        for (DailyCount d : days) {
            double x = xOf.apply(d.day());
            double y = yOf.apply(d.cumulative());
            if (previousY != null) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, previousY));
            }
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            previousY = y;
        }
        s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\"/>", points.toString().trim(), BAR));
        DailyCount end = days.get(n - 1);
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"700\" text-anchor=\"end\" fill=\"%s\">%d</text>",
                xOf.apply(end.day()) - 4, yOf.apply(end.cumulative()) - 6, INK, end.cumulative()));
        return close(s);
    }

    /** A round top for the scale: 2, 5, 10, 20, 50, 100… at least {@code max}. */
    private static int nice(int max) {
        if (max <= 2) {
            return 2;
        }
        int step = 1;
        while (step * 10 < max) {
            step *= 10;
        }
        for (int m : new int[]{2, 5, 10}) {
            if (step * m >= max) {
                return step * m;
            }
        }
        return step * 10;
    }

    private static StringBuilder open(String id, int width, int height, String title, String desc) {
        StringBuilder s = new StringBuilder(4096);
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"oer-chart\" role=\"img\" "
                        + "aria-labelledby=\"%s-title %s-desc\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" direction=\"ltr\">",
                id, id, id, width, height, width));
        s.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        s.append("<desc id=\"").append(id).append("-desc\">").append(esc(desc)).append("</desc>");
        return s;
    }

    private static RawString close(StringBuilder s) {
        return new RawString(s.append("</svg>").toString());
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
