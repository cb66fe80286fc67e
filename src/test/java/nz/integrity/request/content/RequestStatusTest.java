package nz.integrity.request.content;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static nz.integrity.request.content.RequestStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestStatusTest {

    @Test
    void followsTheHappyPathFromDraftToComplete() {
        RequestStatus status = DRAFT.submit().approve().issue().awaitResponse().recordResponse().triage().complete();
        assertSame(COMPLETE, status);
    }

    @Test
    void aReturnedRequestGoesBackToDraftAndRoundAgain() {
        assertSame(SUBMITTED, DRAFT.submit().returnForRework().reopenAsDraft().submit());
    }

    @Test
    void changingApprovedContentVoidsTheApprovalBackToDraft() {
        assertSame(DRAFT, APPROVED.voidApprovalAfterContentChange());
    }

    @Test
    void aLapsedApprovalExpiresAndMayBeRedrafted() {
        assertSame(EXPIRED, APPROVED.expireApproval());
        assertSame(DRAFT, EXPIRED.reopenAsDraft());
    }

    @Test
    void anExpiredApprovalCannotBeIssued() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, EXPIRED::issue);
        assertEquals("Cannot issue a request that is EXPIRED: this is only possible from APPROVED.", e.getMessage());
        assertSame(EXPIRED, e.from());
        assertSame(RequestTransition.ISSUE, e.transition());
    }

    @Test
    void aDraftCannotBeApprovedWithoutBeingSubmitted() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, DRAFT::approve);
        assertEquals("Cannot approve a request that is DRAFT: this is only possible from SUBMITTED.", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "EXPIRED"})
    void canBeWithdrawnFromAnyStateBeforeIssue(RequestStatus status) {
        assertSame(WITHDRAWN, status.withdraw());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"ISSUED", "AWAITING_RESPONSE", "RESPONSE_RECEIVED", "TRIAGED"})
    void cannotBeWithdrawnOnceIssued(RequestStatus status) {
        assertThrows(IllegalTransitionException.class, status::withdraw);
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"ISSUED", "AWAITING_RESPONSE"})
    void canBeCancelledOnceIssued(RequestStatus status) {
        assertSame(CANCELLED, status.cancel());
    }

    @Test
    void cannotBeCancelledBeforeIssue() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, APPROVED::cancel);
        assertEquals("Cannot cancel a request that is APPROVED: this is only possible from ISSUED, AWAITING_RESPONSE.",
                e.getMessage());
    }

    @Test
    void terminalStatesAllowNothing() {
        Set<RequestStatus> terminal = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            if (status.isTerminal()) {
                terminal.add(status);
            }
        }
        assertEquals(EnumSet.of(REJECTED, COMPLETE, WITHDRAWN, CANCELLED), terminal);
        for (RequestTransition transition : RequestTransition.values()) {
            assertFalse(REJECTED.allows(transition));
        }
    }

    @Test
    void everyTransitionEndsWhereItsTableSays() {
        for (RequestTransition transition : RequestTransition.values()) {
            for (RequestStatus from : transition.allowedFrom()) {
                assertTrue(from.allows(transition));
                assertSame(transition.target(), from.apply(transition));
            }
        }
    }
}
