package nz.integrity.investigation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nz.integrity.investigation.AllegationType;
import nz.integrity.investigation.CaseAccess;
import nz.integrity.investigation.CaseService;
import nz.integrity.investigation.PeriodUnderInvestigation;
import nz.integrity.investigation.Referral;
import nz.integrity.investigation.ReferralSource;
import nz.integrity.platform.ValidationException;
import nz.integrity.platform.web.Messages;
import nz.integrity.platform.web.ServiceFeedback;
import nz.integrity.staff.Team;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Recording a referral: the form, and a redirect to the new case once the service has accepted it. */
@Named
@ViewScoped
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "referralForm:";

    /** The service's field names and the inputs that show their messages. */
    private static final Map<String, String> INPUTS = Map.of(
            "team", FORM + "team",
            "referralSource", FORM + "referralSource",
            "dataMatchChannel", FORM + "dataMatchChannel",
            "allegationType", FORM + "allegationType",
            "allegationSummary", FORM + "allegationSummary",
            "period", FORM + "periodFrom");

    @Inject
    transient CaseService cases;

    @Inject
    transient CaseAccess access;

    private transient List<Team> teams;
    private String teamCode;
    private ReferralSource referralSource;
    private String dataMatchChannel;
    private AllegationType allegationType;
    private String allegationSummary;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    /** Most people work in one team; it is then chosen for them. */
    @PostConstruct
    void chooseOnlyTeam() {
        if (getTeams().size() == 1) {
            teamCode = getTeams().get(0).code();
        }
    }

    public String record() {
        return ServiceFeedback.obtain(() -> cases.registerReferral(() -> new Referral(referralSource, dataMatchChannel,
                        allegationType, allegationSummary, period()), teamCode), INPUTS)
                .map(created -> {
                    Messages.info("case.referral.recorded", created.reference().value());
                    return "/cases/case.xhtml?faces-redirect=true&ref=" + created.reference().value();
                })
                .orElse(null);
    }

    /** Missing dates are reported by the referral with its other problems; only a reversed period is reported here. */
    private PeriodUnderInvestigation period() {
        if (periodFrom == null || periodTo == null) {
            return null;
        }
        try {
            return new PeriodUnderInvestigation(periodFrom, periodTo);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("period", e.getMessage());
        }
    }

    public boolean isDataMatch() {
        return referralSource == ReferralSource.DATA_MATCH;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = access.teamsOfCaller();
        }
        return teams;
    }

    public ReferralSource[] getReferralSources() {
        return ReferralSource.values();
    }

    public AllegationType[] getAllegationTypes() {
        return AllegationType.values();
    }

    public String getTeamCode() {
        return teamCode;
    }

    public void setTeamCode(String teamCode) {
        this.teamCode = teamCode;
    }

    public ReferralSource getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(ReferralSource referralSource) {
        this.referralSource = referralSource;
    }

    public String getDataMatchChannel() {
        return dataMatchChannel;
    }

    public void setDataMatchChannel(String dataMatchChannel) {
        this.dataMatchChannel = dataMatchChannel;
    }

    public AllegationType getAllegationType() {
        return allegationType;
    }

    public void setAllegationType(AllegationType allegationType) {
        this.allegationType = allegationType;
    }

    public String getAllegationSummary() {
        return allegationSummary;
    }

    public void setAllegationSummary(String allegationSummary) {
        this.allegationSummary = allegationSummary;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }
}
