package org.frontline.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.DebugLib;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;

/**
 * A Wikipedia detailed-map module ('Module:Syrian Civil War detailed map' and its Iraqi siblings), read by running
 * it in LuaJ: the module is a Lua chunk returning {@code { marks = { { lat = …, long = …, mark = m.gov, label =
 * "[[Target|Shown]]", link = … }, … } }}, so any revision that Wikipedia can run reads exactly. The one thing a
 * module needs from MediaWiki, {@code mw.loadData('Module:Middle East conflicts map marks')}, is stubbed with a
 * table in which every mark is its own name (so is {@code require} of it, as older revisions do) ({@code m.gov_hill} is "gov_hill"); raw file names
 * ({@code "Location dot red.svg"}) stay as they are.
 * <p>
 * The file is untrusted: the chunk runs without any library (no os, io, load, require, string or pcall: a data
 * module needs none), under an instruction budget and a time limit, and only files up to {@value #MAX_BYTES}
 * bytes are read. Every failure is an {@link IllegalArgumentException} with a one-line message.
 *
 * @param marks the module's marks in file order
 */
public record WikiMapModule(List<Mark> marks) {
    /** Largest module read: the Syrian one is 0.7 MB. */
    public static final int MAX_BYTES = 16 << 20;
    /** Lua instructions a module may run: the Syrian module's 6,178 marks take about 0.1 million. */
    static final long MAX_INSTRUCTIONS = 20_000_000;
    private static final long MAX_NANOS = 10_000_000_000L;
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]|]*)(?:\\|([^\\]]*))?]]");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|'{2,}|\\{\\{[^}]*}}");

    public WikiMapModule {
        marks = List.copyOf(marks);
    }

    /**
     * One mark of the module.
     *
     * @param number   its position among the marks, from 1, to name it in messages
     * @param lat      latitude, NaN when the mark has none that is a number
     * @param lon      longitude, NaN likewise
     * @param mark     the symbol: a mark name ("gov", "IS_hill", "stable_opp_JaN") or a file name
     *                 ("Location dot red.svg"); empty when missing
     * @param marksize the dot's size (big for cities), 0 when missing
     * @param name     the label's shown text without wiki markup ("[[Tal Afar|Tall Afar]]" shows "Tall Afar"), empty
     *                 when there is no label
     * @param target   the label's link target ("Tal Afar", "Battle of Raqqa (2017)#Mishlab"), empty when none
     * @param link     the module's {@code link} field, the English article the mark points to, empty when none
     */
    public record Mark(int number, double lat, double lon, String mark, int marksize, String name, String target, String link) {
        public boolean hasPoint() {
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        }

        /** The place's name: the label's shown text, else the link's title. */
        public Optional<String> placeName() {
            if (!name.isEmpty()) {
                return Optional.of(name);
            }
            String title = title(link);
            return title.isEmpty() ? Optional.empty() : Optional.of(title);
        }

        /**
         * The other names the mark gives its place: the label's target and the link, each as the article's title
         * or, for a section ("Cities and towns during the Syrian Civil War#Tartus"), the section's name.
         */
        public List<String> alternateNames() {
            List<String> names = new ArrayList<>();
            for (String t : List.of(target, link)) {
                String title = title(t);
                if (!title.isEmpty() && !title.equals(name) && !names.contains(title)) {
                    names.add(title);
                }
            }
            return names;
        }

        private static String title(String target) {
            int hash = target.indexOf('#');
            return (hash >= 0 ? target.substring(hash + 1) : target).replace('_', ' ').strip();
        }
    }

    /** Reads a module from a stream (UTF-8); {@code source} names the file in messages. */
    public static WikiMapModule read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(source + ": larger than " + (MAX_BYTES >> 20) + " MB, not a map module");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), source);
    }

    /** Runs a module's source and reads its marks; {@code source} names it in messages. */
    public static WikiMapModule parse(String lua, String source) {
        if (lua.length() > MAX_BYTES) {
            throw new IllegalArgumentException(source + ": larger than " + (MAX_BYTES >> 20) + " MB, not a map module");
        }
        Budget budget = new Budget();
        Globals globals = new Globals();
        LoadState.install(globals);
        LuaC.install(globals);
        globals.debuglib = budget;
        LuaTable mw = new LuaTable();
        mw.set("loadData", new LoadData());
        globals.set("mw", mw);
        globals.set("require", new LoadData()); // older revisions: require('Module:Middle East conflicts map marks')
        LuaValue result;
        try {
            LuaValue chunk = globals.load(new StringReader(lua), "=" + source, globals);
            budget.start();
            result = chunk.call();
        } catch (LuaError e) {
            if (budget.exceeded != null) {
                throw new IllegalArgumentException(source + ": " + budget.exceeded + ", not a map module");
            }
            throw new IllegalArgumentException(source + ": not a Lua map module: " + oneLine(e.getMessage(), source));
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException(source + ": nested too deep, not a map module");
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(source + ": builds values too large for memory, not a map module");
        } catch (RuntimeException e) {
            // LuaJ's compiler and interpreter may fail in other ways on malformed input: still one line, no trace
            throw new IllegalArgumentException(source + ": not a Lua map module: " + oneLine(String.valueOf(e.getMessage()), source));
        }
        LuaValue marks = result.istable() && result.get("marks").istable() ? result.get("marks") : result;
        if (!marks.istable()) {
            throw new IllegalArgumentException(source + ": the module returns no table of marks");
        }
        List<Mark> out = new ArrayList<>();
        for (int i = 1; i <= marks.length(); i++) {
            LuaValue m = marks.get(i);
            if (m.istable()) {
                out.add(mark(out.size() + 1, m));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": no marks in the module");
        }
        return new WikiMapModule(out);
    }

    private static Mark mark(int number, LuaValue t) {
        String label = text(t.get("label"));
        String name = "";
        String target = "";
        Matcher link = WIKILINK.matcher(label);
        if (link.find()) {
            target = link.group(1).strip();
            name = plain(link.group(2) != null ? link.group(2) : link.group(1));
        } else {
            name = plain(label);
        }
        LuaValue lon = t.get("long").isnil() ? t.get("lon") : t.get("long");
        return new Mark(number, number(t.get("lat")), number(lon), text(t.get("mark")), (int) number(t.get("marksize"), 0),
                name, target, plain(text(t.get("link"))));
    }

    private static double number(LuaValue v) {
        return number(v, Double.NaN);
    }

    private static double number(LuaValue v, double otherwise) {
        return v.isnumber() ? v.todouble() : otherwise; // numeric strings ("36.350") are numbers to Lua too
    }

    private static String text(LuaValue v) {
        return v.isstring() ? v.tojstring().strip() : "";
    }

    /** Wiki text without its markup: the shown text of links, no HTML tags, bold, italics or templates. */
    static String plain(String wiki) {
        String s = WIKILINK.matcher(wiki).replaceAll(r -> Matcher.quoteReplacement(r.group(2) != null ? r.group(2) : r.group(1)));
        s = MARKUP.matcher(s).replaceAll("");
        return s.replace("[[", "").replace("]]", "").replaceAll("\\s+", " ").strip();
    }

    /** LuaJ's message ("=x.lua:12: unexpected symbol 286 (Ğ)") as "line 12: unexpected end of file". */
    private static String oneLine(String message, String source) {
        String m = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        Matcher at = Pattern.compile("^=?" + Pattern.quote(source) + ":(\\d+):? *").matcher(m);
        if (at.find()) {
            m = "line " + at.group(1) + ": " + m.substring(at.end());
        }
        m = m.replaceFirst("unexpected symbol 286 \\(.\\)", "unexpected end of file")
                .replaceFirst("unexpected symbol \\d+ \\((.+)\\)", "unexpected '$1'");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** {@code mw.loadData(name)}: a table in which every key is its own value, so {@code m.gov} reads "gov". */
    private static final class LoadData extends OneArgFunction {
        @Override
        public LuaValue call(LuaValue name) {
            LuaTable marks = new LuaTable();
            LuaTable meta = new LuaTable();
            meta.set(LuaValue.INDEX, new TwoArgFunction() {
                @Override
                public LuaValue call(LuaValue table, LuaValue key) {
                    return key;
                }
            });
            marks.setmetatable(meta);
            return marks;
        }
    }

    /**
     * LuaJ calls its debug hook on every instruction of a Lua function: this one counts them and stops a module
     * that runs too long ({@code while true do end}). It is not exposed to the module as the 'debug' library.
     */
    private static final class Budget extends DebugLib {
        private long instructions;
        private long deadline;
        private String exceeded;

        void start() {
            deadline = System.nanoTime() + MAX_NANOS;
        }

        @Override
        public void onInstruction(int pc, Varargs v, int top) {
            if (++instructions > MAX_INSTRUCTIONS) {
                exceeded = "runs more than " + MAX_INSTRUCTIONS + " Lua instructions";
                throw new LuaError(exceeded);
            }
            if ((instructions & 0xFFFF) == 0 && System.nanoTime() > deadline) {
                exceeded = "runs longer than " + MAX_NANOS / 1_000_000_000 + " s";
                throw new LuaError(exceeded);
            }
        }

        @Override
        public void onCall(LuaFunction f) {
        }

        @Override
        public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
        }

        @Override
        public void onReturn() {
        }

        @Override
        public String traceback(int level) {
            return ""; // the error's own line says where; the module's stack is not the user's concern
        }
    }
}
