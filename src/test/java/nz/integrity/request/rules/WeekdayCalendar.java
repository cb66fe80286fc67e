package nz.integrity.request.rules;

import nz.integrity.platform.calendar.NonWorkingDayReason;
import nz.integrity.platform.calendar.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Test stand-in for the NZ calendar: Monday to Friday, minus any holidays given. */
final class WeekdayCalendar implements WorkingDayCalendar {

    private final Set<LocalDate> holidays;

    WeekdayCalendar(LocalDate... holidays) {
        this.holidays = Set.of(holidays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        LocalDate day = date;
        for (int remaining = workingDays; remaining > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    @Override
    public Optional<NonWorkingDayReason> nonWorkingDayReason(LocalDate day) {
        if (isWorkingDay(day)) {
            return Optional.empty();
        }
        return Optional.of(day.getDayOfWeek() == DayOfWeek.SATURDAY ? NonWorkingDayReason.SATURDAY
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? NonWorkingDayReason.SUNDAY : NonWorkingDayReason.GOOD_FRIDAY);
    }
}
