package nz.integrity.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business dates are New Zealand dates. A notice given at 9 am in Wellington is given that day, not the UTC day
 * before, and the Act's working days (R02), approval expiry, delegation validity and review dates all count
 * from it. Instants stay UTC in storage and in the audit chain; only the day they fall on is decided here.
 */
public final class NewZealandTime {

    public static final ZoneId ZONE = ZoneId.of("Pacific/Auckland");

    private NewZealandTime() {
    }

    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
