package org.lifeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

    @Test
    void fieldsWithSeparatorsAreQuoted() {
        assertEquals("plain", CsvField.of("plain"));
        assertEquals("\"a,b\"", CsvField.of("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvField.of("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvField.of("two\nlines"));
        assertEquals("", CsvField.of(null));
        assertEquals("", CsvField.of(""));
    }

    @Test
    void whatASpreadsheetWouldRunIsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvField.of("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+1", CsvField.of("+1+1"));
        assertEquals("'-2+3", CsvField.of("-2+3"));
        assertEquals("'@SUM(A1)", CsvField.of("@SUM(A1)"));
        assertEquals("'\tcmd", CsvField.of("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvField.of("\rcmd"));
        assertEquals("a=b", CsvField.of("a=b"), "only the first character counts");
        assertEquals("2026-12-07T09:00:00Z", CsvField.of("2026-12-07T09:00:00Z"));
    }
}
