package nz.integrity.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Te Rā Aro ki a Matariki/Matariki Observance Day, as legislated.
 *
 * <p>The date follows the maramataka (Māori lunar calendar) and cannot be computed; Parliament
 * fixed it year by year in the Schedule to Te Kāhui o Matariki Public Holiday Act 2022
 * (2022 No 14), which covers 2022–2052. This table is therefore the outer limit of what the
 * working-day calendar can answer. When new dates are enacted, append them here.
 */
final class MatarikiSchedule {

    static final MatarikiSchedule STATUTORY = new MatarikiSchedule(List.of(
            LocalDate.of(2022, 6, 24),
            LocalDate.of(2023, 7, 14),
            LocalDate.of(2024, 6, 28),
            LocalDate.of(2025, 6, 20),
            LocalDate.of(2026, 7, 10),
            LocalDate.of(2027, 6, 25),
            LocalDate.of(2028, 7, 14),
            LocalDate.of(2029, 7, 6),
            LocalDate.of(2030, 6, 21),
            LocalDate.of(2031, 7, 11),
            LocalDate.of(2032, 7, 2),
            LocalDate.of(2033, 6, 24),
            LocalDate.of(2034, 7, 7),
            LocalDate.of(2035, 6, 29),
            LocalDate.of(2036, 7, 18),
            LocalDate.of(2037, 7, 10),
            LocalDate.of(2038, 6, 25),
            LocalDate.of(2039, 7, 15),
            LocalDate.of(2040, 7, 6),
            LocalDate.of(2041, 7, 19),
            LocalDate.of(2042, 7, 11),
            LocalDate.of(2043, 7, 3),
            LocalDate.of(2044, 6, 24),
            LocalDate.of(2045, 7, 7),
            LocalDate.of(2046, 6, 29),
            LocalDate.of(2047, 7, 19),
            LocalDate.of(2048, 7, 3),
            LocalDate.of(2049, 6, 25),
            LocalDate.of(2050, 7, 15),
            LocalDate.of(2051, 6, 30),
            LocalDate.of(2052, 6, 21)));

    private final Map<Integer, LocalDate> observanceDayByYear;
    private final int firstYear;
    private final int lastYear;

    MatarikiSchedule(List<LocalDate> observanceDays) {
        if (observanceDays.isEmpty()) {
            throw new IllegalArgumentException("A Matariki schedule needs at least one date");
        }
        TreeMap<Integer, LocalDate> byYear = new TreeMap<>();
        for (LocalDate day : observanceDays) {
            // The Act always chose a Friday; anything else here is a transcription error.
            if (day.getDayOfWeek() != DayOfWeek.FRIDAY) {
                throw new IllegalArgumentException("Matariki observance day is always a Friday: " + day);
            }
            if (byYear.put(day.getYear(), day) != null) {
                throw new IllegalArgumentException("Two Matariki dates for " + day.getYear());
            }
        }
        this.firstYear = byYear.firstKey();
        this.lastYear = byYear.lastKey();
        // A gap would make "supported years" a patchwork that callers cannot reason about.
        if (byYear.size() != lastYear - firstYear + 1) {
            throw new IllegalArgumentException("Matariki schedule must cover consecutive years");
        }
        this.observanceDayByYear = Map.copyOf(byYear);
    }

    LocalDate observanceDayIn(int year) {
        LocalDate day = observanceDayByYear.get(year);
        if (day == null) {
            throw new UnsupportedCalendarYearException(year, firstYear, lastYear);
        }
        return day;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }
}
