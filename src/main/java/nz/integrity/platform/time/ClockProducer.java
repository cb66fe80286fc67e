package nz.integrity.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of "now"; tests replace it with a fixed clock through CDI alternatives or constructors. Its zone
 * is New Zealand's so that {@code LocalDate.now(clock)} anywhere gives the business date (see {@link NewZealandTime}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.system(NewZealandTime.ZONE);
    }
}
