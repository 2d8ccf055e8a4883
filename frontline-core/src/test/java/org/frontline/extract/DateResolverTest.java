package org.frontline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {
    private final DateResolver dates = new DateResolver();

    private DateMention only(String text, LocalDate published) {
        List<DateMention> found = dates.find(text, published);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void weekdayIsTheLastSuchDayOnOrBeforePublication() {
        // 2017-05-31 was a Wednesday
        LocalDate wednesday = LocalDate.of(2017, 5, 31);
        assertThat(only("The force said it took the village on Monday.", wednesday).date()).isEqualTo(LocalDate.of(2017, 5, 29));
        assertThat(only("Fighting resumed on Wednesday.", wednesday).date()).isEqualTo(wednesday);
        assertThat(only("on Monday", wednesday).text()).isEqualTo("on Monday");
    }

    @Test
    void weekdayCrossesMonthAndYearEnds() {
        // 2018-01-02 was a Tuesday; the Friday before was 29 December 2017
        assertThat(only("Troops entered the town late Friday.", LocalDate.of(2018, 1, 2)).date()).isEqualTo(LocalDate.of(2017, 12, 29));
        // 2017-06-01 was a Thursday; the Sunday before was 28 May
        assertThat(only("It fell on Sunday.", LocalDate.of(2017, 6, 1)).date()).isEqualTo(LocalDate.of(2017, 5, 28));
    }

    @Test
    void relativeWords() {
        LocalDate published = LocalDate.of(2017, 3, 1);
        assertThat(only("Militants withdrew yesterday.", published).date()).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(only("An adviser died last week near the town.", published).date()).isEqualTo(LocalDate.of(2017, 2, 22));
        assertThat(only("The army arrived this morning.", published).date()).isEqualTo(published);
        assertThat(only("Clashes broke out earlier this month.", LocalDate.of(2017, 3, 21)).date()).isEqualTo(LocalDate.of(2017, 3, 11));
    }

    @Test
    void monthAndDayWithoutYearIsTheLastOneNotAfterPublication() {
        assertThat(only("The offensive began on May 29.", LocalDate.of(2017, 6, 10)).date()).isEqualTo(LocalDate.of(2017, 5, 29));
        // across the year end: a December date read in January is last year's
        assertThat(only("Forces reached the border on December 30.", LocalDate.of(2018, 1, 3)).date()).isEqualTo(LocalDate.of(2017, 12, 30));
        assertThat(only("Iraqi forces started an offensive on Oct. 17.", LocalDate.of(2016, 11, 27)).date()).isEqualTo(LocalDate.of(2016, 10, 17));
        assertThat(only("the operation began on 20 January", LocalDate.of(2018, 3, 18)).date()).isEqualTo(LocalDate.of(2018, 1, 20));
    }

    @Test
    void withoutPublicationDateOnlyDatesWithTheirYearResolve() {
        assertThat(only("the group took the city on June 10, 2014", null).date()).isEqualTo(LocalDate.of(2014, 6, 10));
        DateMention monday = only("The force said on Monday it had advanced.", null);
        assertThat(monday.date()).isNull();
        assertThat(monday.text()).isEqualTo("on Monday");
        assertThat(only("since July 2015", null).date()).isNull();
    }

    @Test
    void impossibleDaysResolveToNothing() {
        assertThat(only("on February 30", LocalDate.of(2017, 3, 1)).date()).isNull();
    }

    @Test
    void aYearReferenceDatesMonthAndDayButNotWeekdays() {
        List<DateMention> found = dates.find("The strike on Thursday (May 18) hit a convoy.", null, LocalDate.of(2017, 5, 19));
        assertThat(found).extracting(DateMention::text).containsExactly("on Thursday", "May 18");
        assertThat(found.get(0).date()).isNull();
        assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2017, 5, 18));
        assertThat(dates.latestFullDate("Posted May 18, 2017; updated June 2, 2017.")).isEqualTo(LocalDate.of(2017, 6, 2));
    }
}
