package org.lifeline.web;

/**
 * One CSV field as Lifeline writes it (RFC 4180), safe to open in a spreadsheet: a field that starts with what a
 * spreadsheet takes for a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so that it is shown as text and never run (OWASP "CSV injection"); a field holding a comma, a
 * quote or a line break is quoted, its quotes doubled.
 */
public final class CsvField {

    private CsvField() {}

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
