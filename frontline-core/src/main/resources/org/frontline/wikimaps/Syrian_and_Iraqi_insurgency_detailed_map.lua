-- Module:Syrian and Iraqi insurgency detailed map: the marks of the mid-2017 revision as copied on zh.wikipedia.
-- Wikipedia contributors, CC BY-SA 4.0. Transcribed mark by mark from a Markdown conversion of the
-- module; only the fields that carry data are kept (lat, long, mark, marksize, label, link).
-- Licence: https://creativecommons.org/licenses/by-sa/4.0/ (shipped in Frontline as data; see NOTICE and data/README.md).
local m = mw.loadData('Module:Middle East conflicts map marks')

return {
    marks = {
        { lat = 36.277, long = 41.281, mark = "Mountain pass 12x12 e.svg", marksize = 20 },
        { lat = 36.277, long = 41.281, mark = "Dot_yellow_ff4.svg", marksize = 6, label = "[[Umm al Jaris border crossing]]", link = "Umm al Jaris border crossing" },
        { lat = 36.061, long = 41.254, mark = "Mountain pass 12x12 sw.svg", marksize = 20 },
        { lat = 36.061, long = 41.254, mark = "Map-ctl2-red+yellow.svg", marksize = 6, label = "[[Tal Sufouq border crossing]]" },
        { lat = 35.813, long = 41.367, mark = "Mountain pass 12x12 w.svg", marksize = 18 },
        { lat = 35.813, long = 41.367, mark = "Location dot red.svg", marksize = 6, label = "[[Tawsin border crossing]]", link = "Tawsin border crossing" },
        { lat = 35.118, long = 41.205, mark = "Mountain pass 12x12 w.svg", marksize = 18 },
        { lat = 35.118, long = 41.205, mark = "Location dot black.svg", marksize = 6, label = "[[Tarifaoa border crossing]]", link = "Tawsin border crossing" },
        { lat = 34.407, long = 40.980, mark = "Mountain pass 12x12 se.svg", marksize = 28 },
        { lat = 34.407, long = 40.980, mark = "Location dot black.svg", marksize = 8, label = "[[Al-Qa'im border crossing|Abu Kamal–Al-Qa'im border crossing]]", link = "Al-Qa'im border crossing" },
        { lat = 34.315, long = 40.631, mark = "Mountain pass 12x12 se.svg", marksize = 18 },
        { lat = 34.315, long = 40.631, mark = "Location dot black.svg", marksize = 6, label = "[[Baktal border crossing]]", link = "Baktal border crossing" },
        { lat = 37.081, long = 42.372, mark = "Mountain pass 12x12 e.svg", marksize = 20 },
        { lat = 37.081, long = 42.372, mark = "Dot_yellow_ff4.svg", marksize = 7, label = "[[Faysh Khabur|Semalka border crossing]]", link = "Faysh Khabur" },
        { lat = 36.807, long = 42.072, mark = "Mountain pass 12x12 se.svg", marksize = 20 },
        { lat = 36.807, long = 42.072, mark = "Dot_yellow_ff4.svg", marksize = 8, label = "[[Rabia, Iraq|Yarubiyah–Rabi'ah border crossing]]", link = "Rabia, Iraq" },
    },
}
