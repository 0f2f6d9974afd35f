package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarViewTest {

    @Test
    void simplifiedChineseAndBrazilianPortugueseAreNamedAsTheCalendarKnowsThem() {
        assertThat(CalendarView.calendarLocale("zh-Hans")).isEqualTo("zh_CN");
        assertThat(CalendarView.calendarLocale("pt-BR")).isEqualTo("pt_BR");
        assertThat(CalendarView.calendarLocale("ar")).isEqualTo("ar");
    }
}
