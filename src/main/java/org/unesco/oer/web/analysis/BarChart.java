package org.unesco.oer.web.analysis;

import org.unesco.oer.export.SynthesisFigures.Cell;

import java.util.List;
import java.util.Locale;

/**
 * A small horizontal bar chart drawn on the server as SVG: an image with its own title and
 * description (role="img"), each bar labelled with its name and share, so nothing depends on colour.
 * The figures are also in the table beside it.
 */
final class BarChart {

    /** One bar: its name and its figures. */
    record Bar(String label, Cell cell) {
    }

    private static final int LABEL = 150;
    private static final int BAR = 160;
    private static final int ROW = 22;

    private BarChart() {
    }

    static String svg(String id, String title, String desc, List<Bar> bars, boolean rtl) {
        int height = bars.size() * ROW + 4;
        int width = LABEL + BAR + 60;
        StringBuilder s = new StringBuilder(256 + bars.size() * 200);
        s.append("<svg class=\"oer-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" direction=\"ltr\" style=\"max-width:100%;height:auto\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(escape(desc)).append("</desc>");
        int y = 2;
        for (Bar bar : bars) {
            Double pct = bar.cell().percent();
            int w = pct == null ? 0 : (int) Math.round(BAR * pct / 100.0);
            int labelX = rtl ? width - 2 : 2;
            int barX = rtl ? width - LABEL - w : LABEL;
            int valueX = rtl ? width - LABEL - w - 4 : LABEL + w + 4;
            s.append("<text x=\"").append(labelX).append("\" y=\"").append(y + 15).append("\" font-size=\"13\" text-anchor=\"")
                    .append(rtl ? "end" : "start").append("\">").append(escape(shorten(bar.label()))).append("</text>")
                    .append("<rect x=\"").append(barX).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"14\" fill=\"#0b3d91\"/>")
                    .append("<text x=\"").append(valueX).append("\" y=\"").append(y + 15).append("\" font-size=\"13\" text-anchor=\"")
                    .append(rtl ? "end" : "start").append("\">").append(pct == null ? "–" : String.format(Locale.ROOT, "%.1f %%", pct))
                    .append("</text>");
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label == null ? "" : label.length() > 20 ? label.substring(0, 19) + "…" : label;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
