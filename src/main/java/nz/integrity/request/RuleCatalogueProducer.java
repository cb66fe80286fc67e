package nz.integrity.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nz.integrity.platform.calendar.NzWorkingDayCalendar;
import nz.integrity.platform.calendar.WorkingDayCalendar;
import nz.integrity.request.rules.RuleSetCatalogue;
import nz.integrity.request.rules.RuleSetLoader;

/** The New Zealand working-day calendar and the Code versions' rule sets, loaded once at start-up. */
@ApplicationScoped
public class RuleCatalogueProducer {

    @Produces
    @ApplicationScoped
    WorkingDayCalendar workingDays() {
        return new NzWorkingDayCalendar();
    }

    /** A pseudo-scoped singleton: the catalogue is a final, immutable class that CDI could not proxy. */
    @Produces
    @Singleton
    RuleSetCatalogue catalogue(WorkingDayCalendar workingDays) {
        return RuleSetLoader.loadCatalogue(workingDays);
    }
}
