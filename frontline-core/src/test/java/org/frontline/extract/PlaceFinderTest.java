package org.frontline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which capitalised words of a sentence name places, and which only look as if they did. */
class PlaceFinderTest {
    private final PlaceFinder finder = new PlaceFinder();

    private List<String> names(String sentence) {
        return finder.find(sentence).stream().map(PlaceFinder.PlaceName::name).toList();
    }

    @Test
    void namesAfterPrepositionsAndVerbsOfTaking() {
        assertThat(names("The army took Tal Afar and entered the town of al-Ba'aj near the border."))
                .containsExactly("Tal Afar", "al-Ba'aj");
    }

    @Test
    void listsOfPlaces() {
        assertThat(names("They liberated the villages of Tal Banat, Umm Jaris and Kharaib."))
                .containsExactly("Tal Banat", "Umm Jaris", "Kharaib");
    }

    @Test
    void weekdaysMonthsAndCountryQualifiersAreNoPlaces() {
        assertThat(names("In Syria's Afrin, US-backed fighters advanced on Monday in May.")).containsExactly("Afrin");
    }

    @Test
    void aBylineNamesWriters() {
        assertThat(names("By Jane Roe and John Doe")).isEmpty();
    }

    @Test
    void aSpeakerIsNoPlace() {
        assertThat(names("The convoy was struck by warplanes, Ankara claimed.")).isEmpty();
    }

    @Test
    void aPersonsTieMakesTheNameAPerson() {
        assertThat(names("The militia captured Omar al-Rawi, a top aide to al-Mansour, in Raqqa."))
                .containsExactly("Raqqa");
    }

    @Test
    void aGroupsNameIsNoPlace() {
        assertThat(names("The army took the towns held by Jaysh al-Izza and the Sultan Murad Brigade near Morek."))
                .containsExactly("Morek");
    }

    @Test
    void sentenceOpenersAndSingleLettersAreNoPlaces() {
        assertThat(names("Since midnight, Khan Sheikhoun is in the regime's hands, the P.")).containsExactly("Khan Sheikhoun");
    }

    @Test
    void placesThatOpenAPassiveAreItsSubjects() {
        assertThat(names("Khanaqin and Mandali were also given back.")).containsExactly("Khanaqin", "Mandali");
        assertThat(names("Mosul fell to Islamic State in June 2014.")).containsExactly("Mosul");
        assertThat(names("Ahmed Hassan said the town was quiet.")).isEmpty();
    }

    @Test
    void aNameInBracketsAfterANameIsItsOtherName() {
        assertThat(names("Fighters of the Islamic State (Isis) held out in Mosul.")).containsExactly("Mosul");
    }

    @Test
    void aPlaceOpeningASentenceBeforeACopula() {
        assertThat(names("Raqqa is the capital of the province.")).containsExactly("Raqqa");
        assertThat(names("Raqqa said nothing.")).isEmpty();
    }
}
