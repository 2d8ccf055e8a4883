package org.frontline.terrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the table constructors of a Lua source file, leniently: enough of Lua's lexical grammar (line and
 * long comments, quoted and long strings, numbers, dotted names) to find every {@code { key = value, ... }} in a
 * Wikipedia module, nested or not, while skipping the code around them. Written by hand because the modules are
 * data, not programs: running them would need a Lua engine and the missing 'marks' module.
 */
final class LuaTables {

    /** A Lua name used as a value, such as {@code m.gov}. */
    record Name(String text) {
    }

    /** A table: its keyed fields and its positional items. */
    record Table(Map<String, Object> fields, List<Object> items) {
    }

    private final String src;
    private int pos;
    private final List<Table> all = new ArrayList<>();

    private LuaTables(String src) {
        this.src = src;
    }

    /** Every table in the source, outer tables before the tables nested in them. */
    static List<Table> all(String source) {
        LuaTables reader = new LuaTables(source);
        reader.scan();
        return reader.all;
    }

    private void scan() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) {
                return;
            }
            char c = src.charAt(pos);
            if (c == '{') {
                table();
            } else if (c == '"' || c == '\'' || c == '[' && longBracketLevel() >= 0) {
                string();
            } else {
                pos++;
            }
        }
    }

    private Table table() {
        int start = pos;
        pos++; // '{'
        Table table = new Table(new LinkedHashMap<>(), new ArrayList<>());
        all.add(table);
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) {
                throw new IllegalArgumentException("unclosed table starting at line " + line(start));
            }
            char c = src.charAt(pos);
            if (c == '}') {
                pos++;
                return table;
            }
            if (c == ',' || c == ';') {
                pos++;
                continue;
            }
            String key = null;
            if (c == '[' && longBracketLevel() < 0) {
                pos++;
                Object k = value();
                skipSpaceAndComments();
                expect(']');
                skipSpaceAndComments();
                expect('=');
                key = String.valueOf(k instanceof Name n ? n.text() : k);
            } else if (Character.isJavaIdentifierStart(c)) {
                int mark = pos;
                String name = name();
                skipSpaceAndComments();
                if (pos < src.length() && src.charAt(pos) == '=' && !src.startsWith("==", pos)) {
                    pos++;
                    key = name;
                } else {
                    pos = mark;
                }
            }
            Object value = value();
            if (key != null) {
                table.fields().put(key, value);
            } else if (value != null) {
                table.items().add(value);
            }
        }
    }

    /** One field value; expressions beyond a single term (concatenations, calls) are skipped up to the separator. */
    private Object value() {
        skipSpaceAndComments();
        if (pos >= src.length()) {
            return null;
        }
        char c = src.charAt(pos);
        Object value;
        if (c == '{') {
            value = table();
        } else if (c == '"' || c == '\'' || c == '[' && longBracketLevel() >= 0) {
            value = string();
        } else if (c == '-' || c == '.' || Character.isDigit(c)) {
            value = number();
        } else if (Character.isJavaIdentifierStart(c)) {
            String name = name();
            value = switch (name) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "nil" -> null;
                default -> new Name(name);
            };
        } else {
            value = null;
        }
        skipRestOfExpression();
        return value;
    }

    private void skipRestOfExpression() {
        int depth = 0;
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) {
                return;
            }
            char c = src.charAt(pos);
            if (depth == 0 && (c == ',' || c == ';' || c == '}' || c == ']')) {
                return;
            }
            if (c == '(' || c == '{' || c == '[' && longBracketLevel() < 0) {
                depth++;
                pos++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
                pos++;
            } else if (c == '"' || c == '\'' || c == '[') {
                string();
            } else {
                pos++;
            }
        }
    }

    private String name() {
        int start = pos;
        while (pos < src.length() && (Character.isJavaIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '.'
                && pos + 1 < src.length() && Character.isJavaIdentifierStart(src.charAt(pos + 1)))) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private Object number() {
        int start = pos;
        if (src.charAt(pos) == '-') {
            pos++;
            skipSpaceAndComments();
        }
        int digits = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || (src.charAt(pos) == '-' || src.charAt(pos) == '+') && "eE".indexOf(src.charAt(pos - 1)) >= 0)) {
            pos++;
        }
        String text = src.substring(digits, pos);
        try {
            double v = Double.parseDouble(text);
            return src.charAt(start) == '-' ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String string() {
        char c = src.charAt(pos);
        if (c == '[') {
            int level = longBracketLevel();
            String close = "]" + "=".repeat(level) + "]";
            int from = pos + level + 2;
            int end = src.indexOf(close, from);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed long string at line " + line(pos));
            }
            pos = end + close.length();
            return src.substring(from, end);
        }
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != c) {
            char ch = src.charAt(pos++);
            if (ch == '\n') {
                throw new IllegalArgumentException("unclosed string at line " + line(start));
            }
            if (ch == '\\' && pos < src.length()) {
                char esc = src.charAt(pos++);
                out.append(switch (esc) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> esc;
                });
            } else {
                out.append(ch);
            }
        }
        if (pos >= src.length()) {
            throw new IllegalArgumentException("unclosed string at line " + line(start));
        }
        pos++;
        return out.toString();
    }

    /** The level of a long bracket opening at pos ({@code [[} is 0, {@code [==[} is 2), -1 if none. */
    private int longBracketLevel() {
        int p = pos + 1;
        while (p < src.length() && src.charAt(p) == '=') {
            p++;
        }
        return p < src.length() && src.charAt(p) == '[' ? p - pos - 1 : -1;
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("--", pos)) {
                pos += 2;
                if (pos < src.length() && src.charAt(pos) == '[' && longBracketLevel() >= 0) {
                    string();
                } else {
                    int end = src.indexOf('\n', pos);
                    pos = end < 0 ? src.length() : end + 1;
                }
            } else {
                return;
            }
        }
    }

    private void expect(char c) {
        if (pos >= src.length() || src.charAt(pos) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at line " + line(pos));
        }
        pos++;
    }

    private int line(int at) {
        int n = 1;
        for (int i = 0; i < Math.min(at, src.length()); i++) {
            if (src.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
