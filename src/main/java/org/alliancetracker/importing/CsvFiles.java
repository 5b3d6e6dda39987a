package org.alliancetracker.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Reading and writing CSV as spreadsheets make and expect it. */
public final class CsvFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvFiles() {
    }

    /**
     * The text of an uploaded file: UTF-8 (a byte-order mark is dropped), or Windows-1252 when the bytes are not
     * UTF-8, as older Excel versions save CSV.
     */
    public static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The delimiter of the header line: a comma, or the semicolon or tab some spreadsheets write instead. */
    public static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    public static CSVFormat readFormat(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
    }

    /**
     * A cell that a spreadsheet would not run as a formula: text starting with =, +, -, @, a tab or a carriage return
     * gets a leading apostrophe (OWASP's advice on CSV injection). Dates and plain numbers are left as they are.
     */
    public static String safeCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && !value.matches("-?[0-9]+(\\.[0-9]+)?"));
        return formula ? "'" + value : value;
    }

    /**
     * A cell as it was before {@link #safeCell} guarded it: the apostrophe is taken off where that added it, so that
     * an export imports unchanged. Any other leading apostrophe is kept.
     */
    public static String unguarded(String value) {
        boolean guarded = value.length() > 1 && value.charAt(0) == '\'' && safeCell(value.substring(1)).equals(value);
        return guarded ? value.substring(1) : value;
    }

    /** A CSV document with a header and rows, every cell guarded by {@link #safeCell}, lines ended with CRLF. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFiles::safeCell).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
