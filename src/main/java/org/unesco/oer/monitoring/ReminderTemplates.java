package org.unesco.oer.monitoring;

import org.unesco.oer.platform.Letters;
import org.unesco.oer.platform.TextBundle;

import java.time.ZonedDateTime;

/** The reminder letter in the state's language ({@link Letters}); the deadline is named in its own time zone. */
final class ReminderTemplates {

    record Message(String subject, String body) {
    }

    private ReminderTemplates() {
    }

    static Message render(String language, String stateName, String cycleCode, String status, ZonedDateTime deadlineEnd,
                          String note) {
        TextBundle letters = Letters.in(language);
        String statusKey = "reminder.status." + status;
        String statusText = letters.keys().contains(statusKey) ? letters.text(statusKey) : status;
        return new Message(letters.text("reminder.subject", cycleCode),
                letters.text("reminder.body", stateName, cycleCode, statusText, Letters.lastDay(deadlineEnd, letters),
                        deadlineEnd.getZone().getId(), note == null || note.isBlank() ? "" : note.strip() + "\n\n"));
    }
}
