package org.unesco.oer.export;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;

import java.util.List;

/**
 * "Response": per region and overall, who was expected, who reported, on time or late, and the
 * response rate (Member States reporting ÷ Member States of the region), with a bar chart.
 */
final class ResponseSheet {

    static final int RATE_COLUMN = 4;
    private final SheetWriter sheet;
    private final String lang;

    ResponseSheet(ExportWorkbook book, String lang) {
        this.lang = lang;
        sheet = book.table("Response", List.of("Region", "Region name", "Member States expected", "Member States reporting",
                        "Response rate", "Associate Members", "Associate Members reporting", "All reporting states",
                        "Validated", "Submitted, awaiting validation", "Returned or draft", "On time", "Late"),
                List.of(8, 30, 12, 12, 10, 11, 11, 11, 10, 12, 11, 9, 9));
    }

    void write(Tallies t) {
        for (int r = 0; r <= t.overall; r++) {
            if (r < t.overall) {
                sheet.nextRow().text(t.regions.get(r).code()).text(t.regions.get(r).name(lang));
            } else {
                sheet.nextRow().header("ALL").header("All regions");
            }
            sheet.integer(t.membersExpected[r]).integer(t.membersReporting[r]).share(t.membersReporting[r], t.membersExpected[r])
                    .integer(t.associates[r]).integer(t.associatesReporting[r]).integer(t.reporting[r])
                    .integer(t.validated[r]).integer(t.submitted[r]).integer(t.otherStatus[r])
                    .integer(t.onTime[r]).integer(t.late[r]);
        }
        sheet.endTable();
        sheet.nextRow();
        note("Response rate = Member States reporting ÷ Member States expected (all Member States of the region).");
        note("Associate Members are not counted in the response rate; their reports are counted in their own columns and in every other sheet.");
        note("All reporting states = Member States + Associate Members reporting = validated + awaiting validation + returned or draft = on time + late.");
        note("On time / late refer to the first submission against the state's effective deadline (with any extension).");
        if (t.overall > 0) {
            chart(t);
        }
        sheet.finish();
    }

    private void note(String text) {
        sheet.nextRow().text(text);
    }

    private void chart(Tallies t) {
        SXSSFDrawing drawing = sheet.sheet().createDrawingPatriarch();
        XSSFClientAnchor anchor = (XSSFClientAnchor) drawing.createAnchor(0, 0, 0, 0, 0, t.overall + 8, 8, t.overall + 28);
        XSSFChart chart = sheet.sheet().getDrawingPatriarch().createChart(anchor);
        chart.setTitleText("Response rate by region");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setMaximum(1);
        y.setNumberFormat("0%");
        String[] names = new String[t.overall];
        Double[] rates = new Double[t.overall];
        for (int r = 0; r < t.overall; r++) {
            names[r] = t.regions.get(r).name(lang);
            rates[r] = t.membersExpected[r] == 0 ? 0 : (double) t.membersReporting[r] / t.membersExpected[r];
        }
        String name = sheet.sheetName();
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.addSeries(XDDFDataSourcesFactory.fromArray(names, new CellRangeAddress(1, t.overall, 1, 1).formatAsString(name, true)),
                        XDDFDataSourcesFactory.fromArray(rates, new CellRangeAddress(1, t.overall, RATE_COLUMN, RATE_COLUMN).formatAsString(name, true)))
                .setTitle("Response rate", null);
        chart.plot(data);
    }
}
