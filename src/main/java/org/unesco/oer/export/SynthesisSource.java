package org.unesco.oer.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.unesco.oer.export.ExportRecords.CountedReport;
import org.unesco.oer.export.ExportRecords.FreeTextAnswer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Where the counted reports of a synthesis come from: the database (one snapshot) or, in the
 * benchmark, a generator. Both cursors cover the same counted reports.
 */
public interface SynthesisSource {

    /** The counted reports, in state-code order. */
    Cursor<CountedReport> reports() throws IOException;

    /**
     * Their free-text answers question by question, then state by state: item {@code i} asks for
     * the answer to {@code questions.get(i)} and to its hyperlink question {@code urls.get(i)}
     * (either may be null); states with neither are left out.
     */
    Cursor<FreeTextAnswer> freeText(List<String> questions, List<String> urls) throws IOException;

    /** Reports held in memory (small exports, the start-up warm-up), in state-code order. */
    static SynthesisSource of(List<CountedReport> reports) {
        List<CountedReport> ordered = reports.stream().sorted(Comparator.comparing(CountedReport::stateCode)).toList();
        return new SynthesisSource() {
            @Override
            public Cursor<CountedReport> reports() {
                return Cursor.of(ordered.iterator());
            }

            @Override
            public Cursor<FreeTextAnswer> freeText(List<String> questions, List<String> urls) {
                List<FreeTextAnswer> answers = new ArrayList<>();
                for (int i = 0; i < questions.size(); i++) {
                    for (CountedReport r : ordered) {
                        JsonNode text = questions.get(i) == null ? null : r.answers().get(questions.get(i));
                        JsonNode links = urls.get(i) == null ? null : r.answers().get(urls.get(i));
                        if (text != null || links != null) {
                            answers.add(new FreeTextAnswer(i, r.stateCode(), text, links));
                        }
                    }
                }
                return Cursor.of(answers.iterator());
            }
        };
    }

    /** An iterator that holds a resource (a database cursor) until closed. */
    interface Cursor<T> extends Iterator<T>, AutoCloseable {

        @Override
        void close() throws IOException;

        static <T> Cursor<T> of(Iterator<T> iterator) {
            return new Cursor<>() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public T next() {
                    return iterator.next();
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
