package org.frontline.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationDatesTest {

    @Test
    void parsesOnlyRealIsoDays() {
        assertThat(PublicationDates.parse(" 2017-06-10 ")).isEqualTo(LocalDate.of(2017, 6, 10));
        for (String bad : new String[] {"2017-02-30", "10/06/2017", "yesterday", "2017-6-1", ""}) {
            assertThatThrownBy(() -> PublicationDates.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected YYYY-MM-DD");
        }
    }

    @Test
    void readsTheFormsPagesDeclare() {
        LocalDate day = LocalDate.of(2018, 3, 18);
        // The publisher's own calendar day, not shifted to UTC.
        assertThat(PublicationDates.fromMetadata("2018-03-18T01:30:00+03:00")).contains(day);
        assertThat(PublicationDates.fromMetadata("2018-03-18 22:10:00")).contains(day);
        assertThat(PublicationDates.fromMetadata("20180318")).contains(day);
        assertThat(PublicationDates.fromMetadata("Sun, 18 Mar 2018 10:30:00 GMT")).contains(day);
        assertThat(PublicationDates.fromMetadata("March 18, 2018")).contains(day);
        assertThat(PublicationDates.fromMetadata("18 March 2018")).contains(day);
        assertThat(PublicationDates.fromMetadata("2018-13-45")).isEmpty();
        assertThat(PublicationDates.fromMetadata("last week")).isEmpty();
    }
}
