package org.frontline.actors;

import org.frontline.text.MatchText;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorMatcherTest {
    private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.loadDefault());

    private static List<String> ids(String text) {
        return MATCHER.find(MatchText.fold(text)).stream().map(m -> String.join("|", m.entry().ids())).toList();
    }

    @Test
    void popularMobilisationUnderAllItsNames() {
        for (String name : List.of("Hashd al-Shaabi", "al-Hashd al-Sha\u2019abi", "the PMU", "PMF", "Popular Mobilisation",
                "Popular Mobilization Forces", "Badr Organization", "Kata'ib Hezbollah", "Asa'ib Ahl al-Haq")) {
            assertThat(ids("Fighters of " + name + " advanced.")).as(name).containsExactly("PMF");
        }
    }

    @Test
    void islamicStateUnderItsNamesButNotTheVerbIs() {
        assertThat(ids("Daesh, ISIL and ISIS are names of IS.")).containsExactly("IS", "IS", "IS", "IS");
        assertThat(ids("The town is quiet and this is not news.")).isEmpty();
    }

    @Test
    void longestPhraseWins() {
        assertThat(ids("an Iraqi Shia Muslim force backed by Iran")).containsExactly("PMF", "IRN");
        assertThat(ids("US-backed Syrian Kurdish groups")).containsExactly("USA", "SDF");
        assertThat(ids("Turkey-backed Syrian rebels took the town")).containsExactly("SNA");
        assertThat(ids("YPG and YPJ fighters")).containsExactly("SDF", "SDF");
    }

    @Test
    void genericReferencesKeepTheirCandidates() {
        assertThat(ids("the militants fled")).containsExactly("IS|HTS");
        assertThat(ids("Kurdish forces withdrew")).containsExactly("SDF|KRG");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Yesterday the Syrian Arab Army moved.";
        ActorMention m = MATCHER.find(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Syrian Arab Army");
    }

    @Test
    void aDictionaryLineWithoutItsActorIsRefused() {
        String tsv = "@actor\tIS\tIslamic State\nXX\tname\tSomebody\n";
        assertThatThrownBy(() -> ActorDictionary.read(new BufferedReader(new StringReader(tsv)), "test.tsv"))
                .hasMessageContaining("actor 'XX'");
        assertThatThrownBy(() -> ActorDictionary.read(new BufferedReader(new StringReader("IS\tname\n")), "test.tsv"))
                .hasMessageContaining("test.tsv:1");
    }
}
