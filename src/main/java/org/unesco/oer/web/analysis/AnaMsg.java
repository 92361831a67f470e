package org.unesco.oer.web.analysis;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the analysts' pages, in English; the other languages are
 * {@code messages/ana_<lang>.properties}. Templates use {@code {ana:key}}.
 */
@MessageBundle(value = "ana", locale = "en")
public interface AnaMsg {

    @Message("Indicators")
    String navIndicators();

    @Message("Free text")
    String navFreeText();

    @Message("Export")
    String navExport();

    @Message("Filters")
    String filters();

    @Message("Consultation")
    String cycleLabel();

    @Message("Statuses counted")
    String statusesLabel();

    @Message("Reports with none of these statuses are not counted. With none ticked: submitted and validated.")
    String statusesHint();

    @Message("Analysis cut-off (last day included)")
    String cutoffLabel();

    @Message("For example, 2023-04-30. Reports first submitted after this day are not counted; each counts with its last submission by then.")
    String cutoffHint();

    @Message("Reports first submitted after the deadline")
    String lateLabel();

    @Message("Include them")
    String lateYes();

    @Message("Leave them out")
    String lateNo();

    @Message("Region")
    String regionLabel();

    @Message("All regions")
    String allRegions();

    @Message("Apply")
    String apply();

    @Message("There is a problem")
    String errorSummaryTitle();

    @Message("Indicators and closed questions")
    String indicatorsTitle();

    @Message("Counts of the reporting states counted, overall and by region. The denominator of every share is the number of reporting states counted in that scope, stated beside it.")
    String indicatorsIntro();

    @Message("Reports counted: {count}")
    String counted(int count);

    @Message("Indicators")
    String indicatorsHeading();

    @Message("Headline indicator")
    String headline();

    @Message("Scope")
    String scopeColumn();

    @Message("States")
    String countColumn();

    @Message("Denominator (reporting states)")
    String denominatorColumn();

    @Message("Share")
    String shareColumn();

    @Message("Answer")
    String optionColumn();

    @Message("Answered the question")
    String answeredRow();

    @Message("Several answers are possible: the shares add up to more than 100 %.")
    String multipleNote();

    @Message("no share (denominator 0)")
    String noShare();

    @Message("{label}: share of reporting states, by scope")
    String chartIndicatorTitle(String label);

    @Message("{number} {label}: share of reporting states, overall, by answer")
    String chartQuestionTitle(String number, String label);

    @Message("{count} of {denominator}")
    String ofDenominator(int count, int denominator);

    @Message("Closed questions by area")
    String questionsHeading();

    @Message("Areas of the questionnaire")
    String areasNav();

    @Message("Counts and denominators by scope; the chart shows the overall shares.")
    String questionTableNote();

    @Message("Overall")
    String overall();

    @Message("Free text answers")
    String freeTextTitle();

    @Message("The answers to an open question of every state counted, in the language they were written in, with the web addresses given with them.")
    String freeTextIntro();

    @Message("Question")
    String questionLabel();

    @Message("Text contains")
    String searchLabel();

    @Message("Show answers")
    String showAnswers();

    @Message("Answers shown: {count}")
    String answersCount(int count);

    @Message("No answer matches.")
    String noAnswers();

    @Message("Member State")
    String stateColumn();

    @Message("Answer")
    String answerColumn();

    @Message("Web addresses")
    String linksColumn();

    @Message("item {n}")
    String item(int n);

    @Message("Results pages")
    String pagination();

    @Message("Previous page")
    String previous();

    @Message("Next page")
    String next();

    @Message("Page {n}")
    String pageNumber(int n);

    @Message("Download the synthesis")
    String exportTitle();

    @Message("The synthesis workbook of the consultation: response, indicators, questions, every answer, free texts, codebook and states not reporting. The same parameters as the other analysis pages decide which reports count.")
    String exportIntro();

    @Message("Language of the file")
    String languageLabel();

    @Message("Choice answers in the answers sheet")
    String valuesLabel();

    @Message("As labels")
    String valuesLabels();

    @Message("As codes")
    String valuesCodes();

    @Message("Download the workbook (.xlsx)")
    String downloadXlsx();

    @Message("Download CSV files (.zip)")
    String downloadCsv();

    @Message("For R, Stata and pandas: the long table and the codebook as CSV files.")
    String csvHint();

    @Message("CSV files (.zip) with the default parameters")
    String csvLink();

    @Message("Preparing the file. This can take a minute.")
    String preparing();

    @Message("The file has been downloaded.")
    String downloaded();

    @Message("The file could not be prepared. Try again.")
    String downloadFailed();
}
