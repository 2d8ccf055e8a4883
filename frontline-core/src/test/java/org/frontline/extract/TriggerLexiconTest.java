package org.frontline.extract;

import org.frontline.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerLexiconTest {

    private static List<Character> starts(String regex) {
        boolean[] starts = TriggerLexicon.asciiStarts(Pattern.compile("\\b(?:" + regex + ")\\b"));
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < starts.length; c++) {
            if (starts[c]) {
                chars.add(c);
            }
        }
        return chars;
    }

    @Test
    void aGroupMayStartOnlyWithTheFirstLettersOfItsWords() {
        assertThat(starts("(?:re)?captur(?:ed|e|es|ing)")).containsExactly('c', 'r');
        assertThat(starts("took|seized|overran")).containsExactly('o', 's', 't');
        assertThat(starts("(?:was|were)\\s+(?:\\w+ly\\s+)?taken")).containsExactly('w');
        assertThat(starts("free(?=\\s+(?:the\\s+)?town)")).containsExactly('f');
        assertThat(starts("\\d+\\s+killed")).containsExactly('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    }

    @Test
    void aLookBehindLetsEveryCharacterStart() {
        assertThat(starts("(?<=the\\s)fall")).hasSize(128);
    }

    @Test
    void findsTriggersAtWordStartsOnly() {
        TriggerLexicon lexicon = TriggerLexicon.loadDefault();
        List<TriggerLexicon.Trigger> found = lexicon.find("Rebels captured the town and seized the bridge; the uncaptured hill held.");
        assertThat(found).extracting(TriggerLexicon.Trigger::type).contains(EventType.CAPTURE);
        assertThat(found).extracting(TriggerLexicon.Trigger::start).contains(7, 29).doesNotContain(54);
    }
}
