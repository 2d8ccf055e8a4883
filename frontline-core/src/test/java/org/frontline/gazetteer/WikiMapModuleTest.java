package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class WikiMapModuleTest {
    static final String MODULE = """
            -- a module written for the test, in the shape of the real ones
            local m = mw.loadData('Module:Middle East conflicts map marks')
            local p = { containerArgs = { width = 1200 } }
            --[[ a block comment: { lat = 1, long = 2, mark = m.IS } is not a mark ]]
            p.marks = {
              { lat = 36.350, long = 43.155, mark = m.gov, marksize = 39, label = "[[摩苏尔|Mosul]]", link = "Mosul" },
              { lat = "36.152", long = "42.050", mark = m.IS_hill, label = "[[Cities and towns during the Syrian Civil War#Afrin District|Afrin]]" },
              { lat = 36.277, long = 41.281, mark = "Dot_yellow_ff4.svg", label = "[[Umm al Jaris border crossing]]", link = "Umm al Jaris border crossing" },
              { lat = 36.1, long = 37.3, mark = "Rif_Aleppo2.svg", marksize = 184 },
              { lat = 36.0, long = 40.0 + 0.5, mark = m.stable_opp_JaN, label = "'''Tall `Abid'''" .. "<br>" },
            }
            return p
            """;

    @Test
    void runsTheModuleWithAStubForTheMarksModule() {
        WikiMapModule module = WikiMapModule.parse(MODULE, "test.lua");
        assertThat(module.marks()).extracting(WikiMapModule.Mark::mark)
                .containsExactly("gov", "IS_hill", "Dot_yellow_ff4.svg", "Rif_Aleppo2.svg", "stable_opp_JaN");
        WikiMapModule.Mark mosul = module.marks().get(0);
        assertThat(mosul.name()).isEqualTo("Mosul");
        assertThat(mosul.target()).isEqualTo("摩苏尔");
        assertThat(mosul.marksize()).isEqualTo(39);
        assertThat(mosul.alternateNames()).containsExactly("摩苏尔");
        WikiMapModule.Mark afrin = module.marks().get(1);
        assertThat(afrin.lat()).isEqualTo(36.152); // a numeric string is a number to Lua too
        assertThat(afrin.placeName()).contains("Afrin");
        assertThat(afrin.alternateNames()).containsExactly("Afrin District"); // the section, not the page
        assertThat(module.marks().get(3).placeName()).isEmpty();
        WikiMapModule.Mark abid = module.marks().get(4);
        assertThat(abid.lon()).isEqualTo(40.5); // an expression, evaluated
        assertThat(abid.name()).isEqualTo("Tall `Abid");
        assertThat(abid.number()).isEqualTo(5);
    }

    @Test
    void untrustedFilesCannotHangReadTheDiskOrGrowWithoutBound() {
        assertThatThrownBy(() -> WikiMapModule.parse("while true do end", "loop.lua"))
                .hasMessage("loop.lua: runs more than 20000000 Lua instructions, not a map module");
        assertThatThrownBy(() -> WikiMapModule.parse("return { marks = { { lat = io.read() } } }", "io.lua"))
                .hasMessageStartingWith("io.lua: not a Lua map module: line 1: attempt to index");
        assertThatThrownBy(() -> WikiMapModule.parse("os.execute('touch /tmp/x')", "os.lua"))
                .hasMessageStartingWith("os.lua: not a Lua map module: line 1:");
        assertThatThrownBy(() -> WikiMapModule.parse("return { marks = { { lat = dofile('/etc/passwd') } } }", "dofile.lua"))
                .hasMessageStartingWith("dofile.lua: not a Lua map module: line 1: attempt to call");
        assertThatThrownBy(() -> WikiMapModule.read(new ByteArrayInputStream(new byte[WikiMapModule.MAX_BYTES + 1]), "big.lua"))
                .hasMessage("big.lua: larger than 16 MB, not a map module");
    }

    @Test
    void truncatedOrNonLuaFilesAreOneLineErrors() {
        String truncated = MODULE.substring(0, MODULE.indexOf("{ lat = 36.277"));
        assertThatThrownBy(() -> WikiMapModule.parse(truncated, "cut.lua"))
                .hasMessage("cut.lua: not a Lua map module: line 8: unexpected end of file");
        assertThatThrownBy(() -> WikiMapModule.parse("place,actor,date\nBaaj,IS,2017-05-27\n", "map.csv"))
                .hasMessage("map.csv: not a Lua map module: line 2: '=' expected");
        assertThatThrownBy(() -> WikiMapModule.parse("return 5", "five.lua")).hasMessage("five.lua: the module returns no table of marks");
        assertThatThrownBy(() -> WikiMapModule.parse("return { marks = {} }", "empty.lua")).hasMessage("empty.lua: no marks in the module");
    }
}
