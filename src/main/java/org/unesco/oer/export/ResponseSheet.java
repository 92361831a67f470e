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
 * response rate (Member States reporting ÷ Member States of the region), with a bar chart
 * floating below the table (a drawing, not rows). Its notes are on the About sheet.
 */
final class ResponseSheet {

    static final int RATE_COLUMN = 4;
    private final SheetWriter sheet;
    private final ExportWords words;

    ResponseSheet(ExportWorkbook book) {
        this.words = book.words();
        sheet = book.table(words.get("sheet.response"), words.all("col.region", "col.region_name", "response.col.expected",
                        "response.col.reporting", "response.col.rate", "response.col.associates", "response.col.associates_reporting",
                        "response.col.all_reporting", "response.col.validated", "response.col.awaiting", "response.col.other",
                        "response.col.on_time", "response.col.late"),
                List.of(8, 30, 12, 12, 10, 11, 11, 11, 10, 12, 11, 9, 9));
    }

    void write(Tallies t) {
        for (int r = 0; r <= t.overall; r++) {
            if (r < t.overall) {
                sheet.nextRow().text(t.regions.get(r).code()).text(t.regions.get(r).name());
            } else {
                sheet.nextRow().header("ALL").header(words.get("response.all_regions"));
            }
            sheet.integer(t.membersExpected[r]).integer(t.membersReporting[r]).share(t.membersReporting[r], t.membersExpected[r])
                    .integer(t.associates[r]).integer(t.associatesReporting[r]).integer(t.reporting[r])
                    .integer(t.validated[r]).integer(t.submitted[r]).integer(t.otherStatus[r])
                    .integer(t.onTime[r]).integer(t.late[r]);
        }
        if (t.overall > 0) {
            chart(t);
        }
        sheet.finish();
    }

    private void chart(Tallies t) {
        SXSSFDrawing drawing = sheet.sheet().createDrawingPatriarch();
        XSSFClientAnchor anchor = (XSSFClientAnchor) drawing.createAnchor(0, 0, 0, 0, 0, t.overall + 3, 8, t.overall + 23);
        XSSFChart chart = sheet.sheet().getDrawingPatriarch().createChart(anchor);
        chart.setTitleText(words.get("response.chart.title"));
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
            names[r] = t.regions.get(r).name();
            rates[r] = t.membersExpected[r] == 0 ? 0 : (double) t.membersReporting[r] / t.membersExpected[r];
        }
        String name = sheet.sheetName();
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.addSeries(XDDFDataSourcesFactory.fromArray(names, new CellRangeAddress(1, t.overall, 1, 1).formatAsString(name, true)),
                        XDDFDataSourcesFactory.fromArray(rates, new CellRangeAddress(1, t.overall, RATE_COLUMN, RATE_COLUMN).formatAsString(name, true)))
                .setTitle(words.get("response.col.rate"), null);
        chart.plot(data);
    }
}
